import { describe, expect, it } from 'vitest'
import { readReason } from '@/domain/import/value-maps'
import { reasonsByRules } from '@/domain/import/row-reader'
import { DEFAULT_REASON_RULES } from '@/domain/rules/reasons'
import { readBothWays } from '@/domain/import/dates'
import { importText } from './helpers'

const TRACKER = [
  'Date Booked,SDR,AE Decision,Rejection Reason',
  '2026-11-16,Lena,Rejected,Not ICP - Too Small',
  '2026-11-17,Tom,Rejected,Not ICP - Too Small',
  '2026-11-18,Lena,Rejected,Wrong industry',
  '2026-11-19,Tom,Accepted,',
].join('\n')

describe('what the preview says will be stored', () => {
  it('lists each reason value with the reason the rows store, reason rules applied', async () => {
    const p = await importText(TRACKER)
    expect(p.valueReadings).toEqual([
      { field: 'rejectionReason', value: 'Not ICP - Too Small', stored: 'too_small', count: 2 },
      { field: 'rejectionReason', value: 'Wrong industry', stored: 'wrong_vertical', count: 1 },
      { field: 'rejectionReason', value: '', stored: null, count: 1 },
    ])
    expect(p.handoffs[0]!.handoff.rejectionReason).toBe('too_small')
  })

  it('reads a reason on the mapping screen as the import stores it', () => {
    expect(readReason('Not ICP - Too Small', reasonsByRules(DEFAULT_REASON_RULES))).toBe('too_small')
  })

  it('uncounts a row replaced by a later row with the same id', async () => {
    const p = await importText(
      [
        'externalId,bookedAt,sdr,status,rejectionReason',
        'A,2026-11-16,Lena,rejected,too small',
        'A,2026-11-16,Lena,rejected,timing',
      ].join('\n'),
    )
    expect(p.valueReadings).toEqual([{ field: 'rejectionReason', value: 'timing', stored: 'bad_timing', count: 1 }])
  })
})

describe('a date that reads both ways', () => {
  it('is shown read each way for the question', () => {
    expect(readBothWays('06/03/2025')).toEqual({ DMY: '6 March 2025', MDY: '3 June 2025' })
  })
})
