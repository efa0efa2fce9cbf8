import type { HandoffStatus, StoredHandoff } from './handoff'

/** What one line of the Handoffs table shows; derived once per load, not per render. */
export interface HandoffRow {
  id: string
  week: string
  bookedAt: string
  sdr: string
  ae: string
  company: string
  status: HandoffStatus
}

export const toRow = (h: StoredHandoff): HandoffRow => ({
  id: h.id,
  week: h.week,
  bookedAt: h.bookedAt,
  sdr: h.sdr,
  ae: h.ae,
  company: h.company,
  status: h.status,
})

export interface RowFilters {
  week: string
  sdr: string
  ae: string
  status: HandoffStatus | ''
  /** Case-insensitive match on company, SDR or AE. */
  text: string
}

export const NO_FILTERS: RowFilters = { week: '', sdr: '', ae: '', status: '', text: '' }

export type SortKey = 'week' | 'bookedAt' | 'sdr' | 'ae' | 'company' | 'status'
export interface RowSort {
  key: SortKey
  direction: 'asc' | 'desc'
}

export function filterRows(rows: readonly HandoffRow[], f: RowFilters): HandoffRow[] {
  const text = f.text.trim().toLowerCase()
  return rows.filter(
    (r) =>
      (!f.week || r.week === f.week) &&
      (!f.sdr || r.sdr === f.sdr) &&
      (!f.ae || r.ae === f.ae) &&
      (!f.status || r.status === f.status) &&
      (!text ||
        r.company.toLowerCase().includes(text) ||
        r.sdr.toLowerCase().includes(text) ||
        r.ae.toLowerCase().includes(text)),
  )
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Sorts a copy; ties fall back to booking time so the order is stable across reloads. */
export function sortRows(rows: readonly HandoffRow[], sort: RowSort): HandoffRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const key = sort.key
  const compare =
    key === 'week' || key === 'bookedAt'
      ? (a: HandoffRow, b: HandoffRow) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0)
      : (a: HandoffRow, b: HandoffRow) => collator.compare(a[key], b[key])
  return [...rows].sort((a, b) => sign * compare(a, b) || (a.bookedAt < b.bookedAt ? -1 : a.bookedAt > b.bookedAt ? 1 : 0))
}

export interface FilterOptions {
  weeks: string[]
  sdrs: string[]
  aes: string[]
}

export function filterOptions(rows: readonly HandoffRow[]): FilterOptions {
  const weeks = new Set<string>()
  const sdrs = new Set<string>()
  const aes = new Set<string>()
  for (const r of rows) {
    weeks.add(r.week)
    sdrs.add(r.sdr)
    if (r.ae) aes.add(r.ae)
  }
  return {
    weeks: [...weeks].sort().reverse(),
    sdrs: [...sdrs].sort(collator.compare),
    aes: [...aes].sort(collator.compare),
  }
}
