import { describe, expect, it } from 'vitest'
import { filterOptions, filterRows, NO_FILTERS, sortRows, type HandoffRow } from '@/domain/handoff-table'

const row = (id: string, over: Partial<HandoffRow> = {}): HandoffRow => ({
  id,
  week: '2026-W47',
  bookedAt: '2026-11-17T10:00:00.000Z',
  sdr: 'Ana',
  ae: 'Ben',
  company: 'Acme',
  status: 'pending',
  ...over,
})

const rows = [
  row('a', { sdr: 'Zoe', company: 'Zeta GmbH', bookedAt: '2026-11-18T10:00:00.000Z' }),
  row('b', { status: 'accepted', company: 'alpha inc' }),
  row('c', { week: '2026-W46', bookedAt: '2026-11-10', ae: 'Cy', status: 'rejected' }),
]

describe('handoff table', () => {
  it('filters by week, SDR, AE and status together', () => {
    expect(filterRows(rows, { ...NO_FILTERS, week: '2026-W47', sdr: 'Ana' }).map((r) => r.id)).toEqual(['b'])
    expect(filterRows(rows, { ...NO_FILTERS, ae: 'Cy', status: 'rejected' }).map((r) => r.id)).toEqual(['c'])
  })

  it('searches company, SDR and AE case-insensitively', () => {
    expect(filterRows(rows, { ...NO_FILTERS, text: 'ZETA' }).map((r) => r.id)).toEqual(['a'])
  })

  it('sorts names case-insensitively and dates chronologically, both ways', () => {
    expect(sortRows(rows, { key: 'company', direction: 'asc' }).map((r) => r.id)).toEqual(['c', 'b', 'a'])
    expect(sortRows(rows, { key: 'bookedAt', direction: 'desc' }).map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })

  it('offers each week, SDR and AE once, newest week first', () => {
    expect(filterOptions(rows)).toEqual({ weeks: ['2026-W47', '2026-W46'], sdrs: ['Ana', 'Zoe'], aes: ['Ben', 'Cy'] })
  })
})
