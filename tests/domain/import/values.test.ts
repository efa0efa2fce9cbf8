import { describe, expect, it } from 'vitest'
import { detectDateOrder, parseDate } from '@/domain/import/dates'
import { detectDecimalMark, parseCompanySize, parseNumber } from '@/domain/import/numbers'
import {
  parseContactInfluence,
  parseOutcome,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from '@/domain/import/vocabulary'

const berlin = { timeZone: 'Europe/Berlin' }

describe('parseDate', () => {
  it.each([
    ['2026-11-16', '2026-11-16'],
    ['2026/11/16', '2026-11-16'],
    ['20261116', '2026-11-16'],
    ['16.11.2026', '2026-11-16'],
    ['02 Jul, 2018', '2018-07-02'],
    ['Nov 16, 2026', '2026-11-16'],
  ])('keeps the date-only %j date-only', (raw, expected) => {
    expect(parseDate(raw, berlin)).toBe(expected)
  })

  it.each([
    ['2026-11-16T14:30:00Z', '2026-11-16T14:30:00.000Z'],
    ['2026-11-16T14:30:00.250+01:00', '2026-11-16T13:30:00.250Z'],
    ['2026-11-16 14:30-0500', '2026-11-16T19:30:00.000Z'],
    ['2026-11-16 14:30', '2026-11-16T13:30:00.000Z'],
    ['2026-07-16 14:30', '2026-07-16T12:30:00.000Z'],
    ['02 Jul, 2018 00:05:00', '2018-07-01T22:05:00.000Z'],
    ['16.11.2026 14:30', '2026-11-16T13:30:00.000Z'],
    ['Nov 16, 2026 2:30 PM', '2026-11-16T13:30:00.000Z'],
  ])('converts %j to a UTC instant (no offset = team time zone)', (raw, expected) => {
    expect(parseDate(raw, berlin)).toBe(expected)
  })

  it('reads M/D/YYYY and D/M/YYYY with times and AM/PM in the order given', () => {
    expect(parseDate('1/18/2021 0:00', { ...berlin, order: 'MDY' })).toBe('2021-01-17T23:00:00.000Z')
    expect(parseDate('3/4/2026 12:15 AM', { ...berlin, order: 'MDY' })).toBe('2026-03-03T23:15:00.000Z')
    expect(parseDate('3/4/2026 12:15 pm', { ...berlin, order: 'DMY' })).toBe('2026-04-03T10:15:00.000Z')
    expect(parseDate('3/4/2026', { ...berlin, order: 'DMY' })).toBe('2026-04-03')
  })

  it('reads Excel serials only when asked (XLSX cells)', () => {
    expect(parseDate('46342', berlin)).toBeUndefined()
    expect(parseDate('46342', { ...berlin, excelSerials: true })).toBe('2026-11-16')
    expect(parseDate('46342.5', { ...berlin, excelSerials: true })).toBe('2026-11-16T11:00:00.000Z')
  })

  it('returns null for blank and undefined for text that is not a date', () => {
    expect(parseDate('  ', berlin)).toBeNull()
    for (const raw of ['31/31/2026', '2026-02-30', 'soon', '13/13/2026', '2026-11-16 25:00', '0/5/2026']) {
      expect(parseDate(raw, { ...berlin, order: 'DMY' }), raw).toBeUndefined()
    }
  })
})

describe('detectDateOrder', () => {
  it('uses every value: a late 25/06/2026 makes the column DMY', () => {
    expect(detectDateOrder(['03/04/2026', '04/05/2026', '25/06/2026'])).toBe('DMY')
  })

  it('finds MDY from a second number above 12', () => {
    expect(detectDateOrder(['1/2/2021', '1/18/2021 0:00'])).toBe('MDY')
  })

  it('is ambiguous when every value reads both ways', () => {
    expect(detectDateOrder(['03/04/2026', '', '01/02/2026'])).toBe('ambiguous')
  })

  it('reads dotted dates day-first and year-first columns as YMD', () => {
    expect(detectDateOrder(['03.04.2026'])).toBe('DMY')
    expect(detectDateOrder(['2026-03-04', '20260102'])).toBe('YMD')
  })
})

describe('parseNumber', () => {
  it.each([
    ['1,200', '.', 1200],
    ['"$800,000 "'.slice(1, -1), '.', 800000],
    ['$58,100.00', '.', 58100],
    ['1.200,50', ',', 1200.5],
    ['12,5', ',', 12.5],
    ['1.200', ',', 1200],
    ['-3', '.', -3],
    ['(1,200)', '.', -1200],
    ['€ 800,00', ',', 800],
    ['1e6', '.', 1e6],
  ] as const)('reads %j (decimal mark %j) as %d', (raw, mark, expected) => {
    expect(parseNumber(raw, mark)).toBe(expected)
  })

  it('returns null for blank and NaN for text', () => {
    expect(parseNumber('  ')).toBeNull()
    expect(parseNumber('lots')).toBeNaN()
    expect(parseNumber('1.2.3,4,5')).toBeNaN()
  })

  it('detects the decimal comma from the whole column', () => {
    expect(detectDecimalMark(['1,200', '5', '3,5'])).toBe(',')
    expect(detectDecimalMark(['1,200', '3.50'])).toBe('.')
  })

  it('reads company sizes, ranges by their lower bound', () => {
    expect(parseCompanySize('5050')).toBe(5050)
    expect(parseCompanySize('51-200')).toBe(51)
    expect(parseCompanySize('10,000+')).toBe(10000)
    expect(parseCompanySize('-4')).toBeNaN()
    expect(parseCompanySize('12.5')).toBeNaN()
  })
})

describe('enumerations', () => {
  it('recognises statuses without a map (docs/product.md)', () => {
    const read = (words: string[]) => words.map(parseStatus)
    expect(read(['Accepted', 'ACCEPT', 'yes', 'TRUE'])).toEqual(Array(4).fill('accepted'))
    expect(read(['rejected', 'Reject', 'declined', 'No', 'false'])).toEqual(Array(5).fill('rejected'))
    expect(read(['pending', 'Open', 'new', '', '  '])).toEqual(Array(5).fill('pending'))
    expect(parseStatus('maybe')).toBeUndefined()
  })

  it('reads the usual CRM spellings of the other enumerations', () => {
    expect(parseContactInfluence('Decision Maker')).toBe('decision_maker')
    expect(parseContactInfluence('End User')).toBe('user')
    expect(parseRejectionReason('Too small')).toBe('too_small')
    expect(parseRejectionReason('duplicate-or-existing')).toBe('duplicate_or_existing')
    expect(parseTriggerCategory('New Hire')).toBe('new_hire')
    expect(parseOutcome('No-Show')).toBe('no_show')
    expect(parseOutcome('Canceled')).toBe('cancelled')
    expect(parseOutcome('went great')).toBeUndefined()
  })
})

describe('month names in dates', () => {
  it('reads full and short month names', () => {
    expect(parseDate('July 2nd 2026', berlin)).toBe('2026-07-02')
    expect(parseDate('Sept 3, 2026', berlin)).toBe('2026-09-03')
  })

  it.each(['constructor 2, 2026', '__proto__ 2, 2026', 'toString 2, 2026'])('does not take "%s" for a date', (raw) => {
    expect(parseDate(raw, berlin)).toBeUndefined()
  })

  it('does not read a status word through an object property either', () => {
    expect(parseStatus('constructor')).toBeUndefined()
  })
})
