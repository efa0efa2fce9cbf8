/**
 * The rollup as Markdown a leader can paste into an email: per quarter one row per team and the
 * total, each measure with its base; "not in this team's export" where a team's file could not show it, and
 * under the table which teams each total leaves out.
 */
import type { QuarterRollup } from './rollup'
import { leftOutNote, MEASURE_LABELS, measureOf, measureText, TEAM_MEASURES } from './measures'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

export function rollupToMarkdown(rollups: readonly QuarterRollup[]): string {
  const out: string[] = []
  if (rollups.length === 0) out.push('# Teams', '', 'No team has a booked week yet.', '')
  for (const r of rollups) {
    out.push(`# Teams, ${r.quarter}`, '')
    out.push(`| Team | ${TEAM_MEASURES.map((m) => MEASURE_LABELS[m]).join(' | ')} |`)
    out.push(`|---|${TEAM_MEASURES.map(() => '---:').join('|')}|`)
    for (const t of r.teams) {
      out.push(`| ${cell(t.name)} | ${TEAM_MEASURES.map((m) => measureText(measureOf(t, m))).join(' | ')} |`)
    }
    out.push(`| **Total** | ${TEAM_MEASURES.map((m) => measureText(measureOf(r.total, m), 'total')).join(' | ')} |`, '')
    for (const m of TEAM_MEASURES) {
      const note = leftOutNote(r.total.leftOut, m)
      if (note) out.push(`- ${MEASURE_LABELS[m]} total ${cell(note)}.`)
    }
    if (out.at(-1) !== '') out.push('')
  }
  return out.join('\n').trimEnd()
}
