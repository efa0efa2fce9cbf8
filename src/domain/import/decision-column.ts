import type { HandoffField, HandoffStatus } from '../handoff'
import { compileValueMap } from './cells'
import { findColumn } from './columns'
import type { DistinctValues } from './inspect'
import { SDR_STAGES } from './known-exports'
import { headersOf, type ColumnRef, type Mapping } from './mapping'
import { parseStatus } from './vocabulary'
import { oneOrMany } from '../format'

/**
 * A column that could decide (docs/product.md, "Recognising an export"): a stage, status, outcome or
 * yes/no decision column is read through known decision words or asked about, never left aside
 * while every row imports as pending. Pure: headers and distinct values in, a proposal out.
 */

/** Words of a header that say its column may hold the AE's decision. */
const DECISION_HEADER_WORDS = new Set([
  'decision',
  'decided',
  'accepted',
  'accept',
  'acceptance',
  'approved',
  'approval',
  'stage',
  'status',
  'outcome',
  'result',
  'disposition',
  'qualified',
  'sql',
  'sal',
  // German and French reports: Phase / Étape (stage), Status / Statut, Entscheidung / Décision.
  'phase',
  'étape',
  'etape',
  'statut',
  'entscheidung',
  'décision',
  // Spanish, Portuguese, Italian and Dutch trackers: Estado / Etapa / Fase, Situação, Stato / Esito,
  // Beslissing; "Resultado" (result).
  'estado',
  'etapa',
  'fase',
  'decisión',
  'decisao',
  'decisão',
  'resultado',
  'situação',
  'situacao',
  'stato',
  'esito',
  'beslissing',
])

/** "IsAccepted", "AE Decision", "deal_stage", "Accepted?" → their lower-case words. */
const wordsOf = (header: string): string[] =>
  header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')

export const isDecisionHeader = (header: string): boolean => wordsOf(header).some((w) => DECISION_HEADER_WORDS.has(w))

/** Decision words any file may use: the SDR stages teams add to every CRM, and won / lost. */
const GENERIC_DECISIONS: Record<string, HandoffStatus> = {
  ...SDR_STAGES,
  Won: 'accepted',
  Lost: 'rejected',
  Declined: 'rejected',
  Approved: 'accepted',
  Denied: 'rejected',
  'Not accepted': 'rejected',
  'Not Qualified': 'rejected',
  Abandoned: 'rejected',
  // Closed-won / closed-lost and accept / decline as German and French reports write them.
  'Geschlossen und gewonnen': 'accepted',
  'Geschlossene und gewonnene': 'accepted',
  'Geschlossen und verloren': 'rejected',
  'Geschlossene und verlorene': 'rejected',
  Gewonnen: 'accepted',
  Verloren: 'rejected',
  Akzeptiert: 'accepted',
  Abgelehnt: 'rejected',
  'Termin vereinbart': 'pending',
  'Fermée gagnée': 'accepted',
  'Fermée/Gagnée': 'accepted',
  'Fermée perdue': 'rejected',
  'Fermée/Perdue': 'rejected',
  Gagnée: 'accepted',
  Perdue: 'rejected',
  Acceptée: 'accepted',
  Refusée: 'rejected',
  'Rendez-vous fixé': 'pending',
  // Accepted / rejected / pending and won / lost as Spanish, Portuguese, Italian and Dutch trackers
  // write them (either grammatical gender: "la reunión aceptada", "el lead aceptado").
  Aceptada: 'accepted',
  Aceptado: 'accepted',
  Rechazada: 'rejected',
  Rechazado: 'rejected',
  Pendiente: 'pending',
  Ganada: 'accepted',
  Ganado: 'accepted',
  Perdida: 'rejected',
  Perdido: 'rejected',
  Aceita: 'accepted',
  Aceito: 'accepted',
  Recusada: 'rejected',
  Recusado: 'rejected',
  Rejeitada: 'rejected',
  Rejeitado: 'rejected',
  Pendente: 'pending',
  Ganho: 'accepted',
  Accettato: 'accepted',
  Accettata: 'accepted',
  Rifiutato: 'rejected',
  Rifiutata: 'rejected',
  'In attesa': 'pending',
  Vinto: 'accepted',
  Perso: 'rejected',
  Geaccepteerd: 'accepted',
  Afgewezen: 'rejected',
  'In behandeling': 'pending',
}
const genericLookup = compileValueMap(GENERIC_DECISIONS)!

/** The decision a value reads as with no map: blank is pending; null when nothing knows it. */
export function knownDecision(raw: string): HandoffStatus | null {
  if (raw.trim() === '') return 'pending'
  return parseStatus(raw) ?? (genericLookup(raw) as HandoffStatus | undefined) ?? null
}

/** Yes/no words decide only in a column whose header says it decides ("Accepted?"), never alone. */
const YES_NO = new Set(['yes', 'no', 'y', 'n', 'true', 'false', '1', '0', 'x'])

export interface DecisionValue {
  value: string
  count: number
  /** What the value reads as with no map; null: the manager says. */
  decision: HandoffStatus | null
}

export type DecisionProposal =
  /** Status has a column (or is "not in this export"), or no column could decide. */
  | { kind: 'none' }
  /** Every value of the column is a known decision word: read it (the map is for `values.status`). */
  | { kind: 'use'; column: string; header: string; values: Record<string, string> }
  /** The column could decide but holds values nothing knows: ask, listing every value. */
  | { kind: 'ask'; column: string; header: string; values: DecisionValue[] }

interface Shape {
  headers: readonly string[]
  /** Column keys, as `columnKeys` names them. */
  columns: readonly string[]
  distinct: Record<string, DistinctValues>
}

/** Which header names fields other than status (and outcome): those columns are spoken for. */
function columnsUsed(shape: Shape, mapping: Mapping): { other: Set<number>; outcome: Set<number> } {
  const other = new Set<number>()
  const outcome = new Set<number>()
  for (const [field, ref] of Object.entries(mapping.columns) as [HandoffField, ColumnRef][]) {
    if (field === 'status') continue
    for (const name of headersOf(ref)) {
      const i = findColumn(shape.headers, shape.columns, name)
      if (i !== -1) (field === 'outcome' ? outcome : other).add(i)
    }
  }
  return { other, outcome }
}

/** Header priority: a column named for the decision beats a status, a status beats a stage. */
function rankOf(header: string): number {
  const words = wordsOf(header)
  const order = ['decision', 'accepted', 'accept', 'acceptance', 'approved', 'status', 'stage', 'outcome']
  const at = order.findIndex((w) => words.includes(w))
  return at === -1 ? order.length : at
}

/**
 * The column the AE's decision should be read from when the mapping gives none: status has no
 * column and is not "not in this export" (null). A column not mapped to another field counts
 * when its header says it decides or one of its values is a decision word (not a bare yes/no);
 * a column mapped to the outcome counts only by its values. Among several, a column whose every
 * value is known wins, then the header's rank, then the file's order.
 */
export function proposeDecision(shape: Shape, mapping: Mapping): DecisionProposal {
  if (mapping.columns.status !== undefined) return { kind: 'none' }
  const used = columnsUsed(shape, mapping)
  const candidates: { index: number; values: DecisionValue[]; isKnown: boolean; rank: number }[] = []
  shape.columns.forEach((key, index) => {
    if (used.other.has(index)) return
    const distinct = Object.hasOwn(shape.distinct, key) ? shape.distinct[key]! : { values: [], isTruncated: false }
    const values = distinct.values.map(({ value, count }) => ({ value, count, decision: knownDecision(value) }))
    const isDecisive = values.some(
      (v) => (v.decision === 'accepted' || v.decision === 'rejected') && !YES_NO.has(v.value.trim().toLowerCase()),
    )
    const header = shape.headers[index] ?? key
    const byHeader = isDecisionHeader(header) && !used.outcome.has(index)
    if (!byHeader && !isDecisive) return
    const isKnown = !distinct.isTruncated && values.every((v) => v.decision !== null)
    candidates.push({ index, values, isKnown, rank: rankOf(header) })
  })
  if (candidates.length === 0) return { kind: 'none' }
  candidates.sort((a, b) => Number(b.isKnown) - Number(a.isKnown) || a.rank - b.rank || a.index - b.index)
  const best = candidates[0]!
  const column = shape.columns[best.index]!
  const header = shape.headers[best.index] || column
  if (!best.isKnown) return { kind: 'ask', column, header, values: best.values }
  // Keys are values from the file: no prototype, so "__proto__" is just a key.
  const values = Object.create(null) as Record<string, string>
  for (const v of best.values)
    if (v.value.trim() !== '' && parseStatus(v.value) === undefined) values[v.value] = v.decision!
  return { kind: 'use', column, header, values }
}

/**
 * A given mapping (or none) with a "use" proposal added: the column feeds status, through the
 * proposal's words. When the file's own matching (`merged`) read that column as the outcome, the
 * outcome is then not in this export: one column is one field.
 */
export function withDecisionColumn(
  given: Mapping | undefined,
  merged: Mapping,
  proposal: Extract<DecisionProposal, { kind: 'use' }>,
): Mapping {
  const columns: Mapping['columns'] = { ...given?.columns, status: proposal.header }
  if (headersOf(merged.columns.outcome).includes(proposal.header)) columns.outcome = null
  const next: Mapping = { ...given, columns }
  if (Object.keys(proposal.values).length > 0) next.values = { ...given?.values, status: proposal.values }
  return next
}

/** The one line `report` stops with, and the app's question's text: the column and its values. */
export function undecidedMessage(header: string, values: readonly DecisionValue[] | null): string {
  const unknown = (values ?? []).filter((v) => v.decision === null).map((v) => `"${v.value}"`)
  const shown = unknown.slice(0, 6).join(', ') + (unknown.length > 6 ? ` and ${unknown.length - 6} more` : '')
  const what =
    unknown.length === 0
      ? 'the mapping does not say how to read it'
      : `${shown} ${oneOrMany(unknown.length, 'is not a decision', 'are not decisions')} the app knows`
  return (
    `Column "${header}" could hold the AE's decision, but ${what}: ` +
    `map them in a mapping file ("values": {"status": {…}} with "columns": {"status": "${header}"}), ` +
    `or say the export has no decision column ("columns": {"status": null})`
  )
}
