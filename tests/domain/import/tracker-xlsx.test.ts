import { describe, expect, it } from 'vitest'
import { parseExport } from '@/domain/import/pipeline'
import { num, row, sheetXml, str, workbook } from './xlsx-builder'
import { TZ } from './helpers'

/**
 * An Excel tracker as people keep it: a title band merged across the columns (only A1 holds the
 * text), a subtitle, a blank row, the header, dates as serial numbers, and a totals row.
 */
const TRACKER = workbook({
  sheets: {
    Handoffs: sheetXml(
      [
        row(1, str('A1', 'Weekly handoff log')),
        row(2, str('A2', 'Team West')),
        row(
          4,
          ['Booked On', 'Booked By', 'Closer', 'Account', 'Accepted?'].map((h, i) => str(`${'ABCDE'[i]}4`, h)).join(''),
        ),
        // 46342 = 2026-11-16, 46343 = 2026-11-17, 46344 = 2026-11-18
        row(5, num('A5', '46342') + str('B5', 'Lena') + str('C5', 'Raj') + str('D5', 'Acme') + str('E5', 'Yes')),
        row(6, num('A6', '46343') + str('B6', 'Tom') + str('C6', 'Raj') + str('D6', 'Beta') + str('E6', 'No')),
        row(7, num('A7', '46344') + str('B7', 'Lena') + str('C7', 'Jo') + str('D7', 'Gamma')),
        row(8, str('A8', 'Grand Total') + num('E8', '3')),
      ].join(''),
    ),
  },
})

describe('an Excel tracker with a title band', () => {
  it('imports with no mapping, the band and totals row skipped as lines, not rows', async () => {
    const p = await parseExport({ fileName: 'tracker.xlsx', bytes: TRACKER }, { timeZone: TZ })
    expect(p.importSource).toBe('custom')
    expect(p.headerLine).toBe(4)
    expect(p.rows).toBe(3)
    expect(p.handoffs.map((h) => [h.handoff.bookedAt, h.handoff.sdr, h.handoff.ae, h.handoff.status])).toEqual([
      ['2026-11-16', 'Lena', 'Raj', 'accepted'],
      ['2026-11-17', 'Tom', 'Raj', 'rejected'],
      ['2026-11-18', 'Lena', 'Jo', 'pending'],
    ])
    expect(p.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'above the header'],
      [2, 'above the header'],
      [8, 'totals row'],
    ])
  })
})
