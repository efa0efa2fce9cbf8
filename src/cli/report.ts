import type { Handoff, HandoffField } from '../domain/handoff'
import { carriedMaskOf, notAssessedFields, notCarriedMessage } from '../domain/carried'
import { NOT_IN_EXPORT } from '../domain/assessed'
import type { WeekKey } from '../domain/metrics/metrics'
import { NO_DECISION_TIME, NO_DECISIONS } from '../domain/metrics/not-assessed'
import type { Settings } from '../domain/settings'
import type { WeekCounts } from '../domain/metrics/week-counts'
import type { ReportRows } from './report-rows'
import { rosterIndex, unknownPeople, type UnknownPerson } from '../domain/team/roster'

/** What the report needs of an import; the app's import screen shows the same facts. */
export interface ParsedExport {
  rows: number
  handoffs: { line: number; handoff: Handoff }[]
  rejected: { line: number; errors: string[] }[]
  skipped: { line: number; text: string; reason: string }[]
  warnings: string[]
  encoding: string
  importSource: string
  /** The fields the file carried; absent = every field. */
  carried?: readonly HandoffField[]
}

/** docs/product.md's `report --format json` object; keys may be added, these never change. */
export interface Report {
  rows: number
  imported: number
  rejected: { line: number; errors: string[] }[]
  weeks: WeekCounts[]
  file: string
  importSource: string
  encoding: string
  timeZone: string
  asOf: string
  skipped: { line: number; text: string; reason: string }[]
  warnings: string[]
  /** The checklist fields the file did not carry, in the checklist's order: not assessed. */
  notAssessed: HandoffField[]
  /**
   * Owner cells that name nobody on the team (`--team`): CRM ids always, names too once a team
   * is given. Name them in Settings → Team or in the team file.
   */
  unknownOwners: UnknownPerson[]
}

/** The report of an export whose imported rows were counted by `rows` as they were read. */
export function buildReport(
  file: string,
  parsed: ParsedExport,
  rows: ReportRows,
  settings: Settings,
  asOf: number,
): Report {
  const carried = parsed.carried ? carriedMaskOf(parsed.carried) : undefined
  return {
    rows: parsed.rows,
    imported: rows.count,
    rejected: parsed.rejected.map((r) => ({ line: r.line, errors: r.errors })),
    weeks: rows.weeks(),
    file,
    importSource: parsed.importSource,
    encoding: parsed.encoding,
    timeZone: settings.timeZone,
    asOf: new Date(asOf).toISOString(),
    skipped: parsed.skipped,
    warnings: parsed.warnings,
    notAssessed: notAssessedFields(carried, settings.requiredFields),
    unknownOwners: unknownPeople(rows.owners(), rosterIndex(settings.team)).filter(
      (p) => settings.team.length > 0 || p.isId,
    ),
  }
}

const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`)

/** A week's count as the Markdown reads it: the number, or "not in this export" when it is unknown. */
const count = (w: WeekCounts, key: WeekKey): string => (w.unknown.includes(key) ? NOT_IN_EXPORT : String(w[key]))

/** The notes for what no week could show, said once above the table. */
function unknownNotes(weeks: readonly WeekCounts[]): string[] {
  const everywhere = (key: WeekKey) => weeks.length > 0 && weeks.every((w) => w.unknown.includes(key))
  if (everywhere('accepted')) return [NO_DECISIONS]
  if (everywhere('onTime')) return [NO_DECISION_TIME]
  return []
}
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
/**
 * Text from the file, made inert in Markdown: HTML as entities (no tag, comment or autolink
 * survives), Markdown's own punctuation escaped (no link, image, emphasis or code span), line
 * breaks as spaces so a value stays in its table cell.
 */
const cell = (s: string): string =>
  s
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n?|\n/g, ' ')

/** The same report as Markdown a manager can paste into an email. */
export function reportToMarkdown(r: Report): string {
  const out: string[] = []
  out.push(`# Handoff report: ${cell(r.file)}`, '')
  out.push(
    `${r.rows} rows read, ${r.imported} imported, ${r.rejected.length} rejected` +
      (r.skipped.length ? `, ${r.skipped.length} lines skipped` : '') +
      `. Time zone ${r.timeZone}; SLA as of ${r.asOf}.`,
    '',
  )
  for (const w of r.warnings) out.push(`> ${cell(w)}`, '')
  const notCarried = notCarriedMessage(r.notAssessed)
  if (notCarried) out.push(`> ${notCarried}`, '')
  for (const note of unknownNotes(r.weeks)) out.push(`> ${note}`, '')
  out.push('## Weeks', '')
  if (r.weeks.length === 0) out.push('No bookings.', '')
  else {
    out.push(
      '| Week | Booked | Accepted | Rejected | Pending | Acceptance | On time | Late | Open overdue | Incomplete |',
    )
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for (const w of r.weeks) {
      out.push(
        `| ${w.week} | ${w.booked} | ${count(w, 'accepted')} | ${count(w, 'rejected')} | ${count(w, 'pending')} | ` +
          `${w.unknown.includes('accepted') ? NOT_IN_EXPORT : pct(w.accepted, w.accepted + w.rejected)} | ` +
          `${count(w, 'onTime')} | ${count(w, 'late')} | ${count(w, 'openOverdue')} | ${count(w, 'incomplete')} |`,
      )
    }
    out.push('')
  }
  out.push('## Rejected rows', '')
  if (r.rejected.length === 0) out.push('None: every row was imported.', '')
  else {
    out.push('| Line | Reasons |', '|---:|---|')
    for (const x of r.rejected) out.push(`| ${x.line} | ${cell(x.errors.join('; '))} |`)
    out.push('')
  }
  if (r.unknownOwners.length > 0) {
    out.push(
      '## Owners to name',
      '',
      'These owner values name nobody on the team: add them to the team file (`--team`) or Settings → Team.',
      '',
      '| Value | Column | Handoffs |',
      '|---|---|---:|',
    )
    for (const p of r.unknownOwners) out.push(`| ${cell(p.raw)} | ${p.role} | ${p.count} |`)
    out.push('')
  }
  if (r.skipped.length > 0) {
    out.push('## Skipped lines', '', '| Line | Why | Text |', '|---:|---|---|')
    for (const s of r.skipped) out.push(`| ${s.line} | ${s.reason} | ${cell(s.text.slice(0, 80))} |`)
    out.push('')
  }
  return out.join('\n')
}
