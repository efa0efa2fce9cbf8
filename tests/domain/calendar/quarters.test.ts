import { describe, expect, it } from 'vitest'
import {
  calendarQuarterOfWeek,
  nextQuarter,
  previousQuarter,
  quarterFromKey,
  quarterOfWeek,
  weeksOfQuarter,
} from '@/domain/calendar/quarters'
import { quarterOf } from '@/domain/calendar/zoned'

describe('quarterOfWeek', () => {
  it.each([
    // week, fiscal start month, key
    ['2026-W01', 1, 'FY2026-Q1'], // Mon 2025-12-29, Thu 2026-01-01
    ['2026-W13', 1, 'FY2026-Q1'], // Thu 2026-03-26
    ['2026-W14', 1, 'FY2026-Q2'], // Mon 2026-03-30, Thu 2026-04-02
    ['2026-W53', 1, 'FY2026-Q4'], // Thu 2026-12-31
    ['2026-W47', 2, 'FY2027-Q4'], // Thu 2026-11-19; FY2027 = Feb 2026 … Jan 2027
    ['2026-W05', 2, 'FY2026-Q4'], // Thu 2026-01-29 → January closes FY2026
    ['2026-W06', 2, 'FY2027-Q1'], // Thu 2026-02-05
    ['2026-W27', 7, 'FY2027-Q1'], // Thu 2026-07-02; FY2027 = Jul 2026 … Jun 2027
    ['2026-W26', 7, 'FY2026-Q4'], // Thu 2026-06-25
  ] as [string, number, string][])('puts %s with a fiscal year starting in month %i in %s', (week, start, key) => {
    expect(quarterOfWeek(week, start).key).toBe(key)
  })

  it('puts a week straddling September/October in Q4 because its Thursday is 1 October', () => {
    expect(quarterOfWeek('2026-W40', 1)).toMatchObject({ key: 'FY2026-Q4', fiscalYear: 2026, quarter: 4 })
  })

  it('puts a week that starts in December of the previous year in Q1 when its Thursday is in January', () => {
    // 2026-W01 runs Monday 2025-12-29 … Sunday 2026-01-04.
    expect(quarterOfWeek('2026-W01', 1).key).toBe('FY2026-Q1')
    expect(quarterOfWeek('2025-W01', 1).key).toBe('FY2025-Q1') // Mon 2024-12-30, Thu 2025-01-02
  })

  it('labels a quarter with its fiscal year and months', () => {
    expect(quarterOfWeek('2026-W47', 11)).toEqual({
      key: 'FY2027-Q1',
      label: 'Q1 FY2027 (Nov–Jan)',
      fiscalYear: 2027,
      quarter: 1,
      firstDay: '2026-11-01',
      lastDay: '2027-01-31',
    })
  })
})

describe('quarterOf across DST', () => {
  it.each([
    // Europe/Berlin springs forward on Sunday 2026-03-29; Q1/Q2 boundary falls in the next week.
    ['2026-03-29T21:30:00.000Z', 'Europe/Berlin', 1, 'FY2026-Q1', 'Sunday 23:30 CEST stays in W13 (Thu 26 Mar)'],
    ['2026-03-29T22:30:00.000Z', 'Europe/Berlin', 1, 'FY2026-Q2', 'Monday 00:30 CEST is W14 (Thu 2 Apr)'],
    // America/New_York falls back on Sunday 2026-11-01; a November fiscal start puts Q1 in W45.
    ['2026-11-02T04:30:00.000Z', 'America/New_York', 11, 'FY2026-Q4', 'Sunday 23:30 EST stays in W44 (Thu 29 Oct)'],
    ['2026-11-02T05:30:00.000Z', 'America/New_York', 11, 'FY2027-Q1', 'Monday 00:30 EST is W45 (Thu 5 Nov)'],
    // A March fiscal start in New York: the Sunday-night booking stays in the old quarter.
    ['2026-03-02T04:30:00.000Z', 'America/New_York', 3, 'FY2026-Q4', 'Sunday 23:30 EST stays in W09 (Thu 26 Feb)'],
    ['2026-03-02T05:30:00.000Z', 'America/New_York', 3, 'FY2027-Q1', 'Monday 00:30 EST is W10 (Thu 5 Mar)'],
  ])('puts %s in %s (start month %i) in %s: %s', (value, tz, start, key) => {
    expect(quarterOf(value, tz, start).key).toBe(key)
  })

  it('puts a date-only value in its own day’s week whatever the zone', () => {
    expect(quarterOf('2026-03-29', 'Pacific/Kiritimati', 1).key).toBe('FY2026-Q1')
  })
})

describe('weeksOfQuarter', () => {
  it('lists the 13 weeks of calendar Q1 2026, W01 to W13', () => {
    const weeks = weeksOfQuarter('FY2026-Q1', 1)
    expect(weeks).toHaveLength(13)
    expect(weeks[0]).toBe('2026-W01')
    expect(weeks.at(-1)).toBe('2026-W13')
  })

  it('gives Q4 2026 14 weeks because 2026 has an ISO week 53', () => {
    const weeks = weeksOfQuarter('FY2026-Q4', 1)
    expect(weeks).toHaveLength(14)
    expect(weeks[0]).toBe('2026-W40')
    expect(weeks.at(-1)).toBe('2026-W53')
  })

  it('spans a calendar year for a November fiscal start', () => {
    const weeks = weeksOfQuarter('FY2027-Q1', 11)
    expect(weeks[0]).toBe('2026-W45')
    expect(weeks).toHaveLength(13)
    expect(weeks.at(-1)).toBe('2027-W04') // Thu 2027-01-28; W05's Thursday (4 Feb) is in Q2
  })

  it('covers every week exactly once over a fiscal year', () => {
    for (const start of [1, 2, 4, 7, 10, 11]) {
      const year = ['Q1', 'Q2', 'Q3', 'Q4'].flatMap((q) => weeksOfQuarter(`FY2027-${q}`, start))
      expect(new Set(year).size).toBe(year.length)
      for (const week of year) expect(quarterOfWeek(week, start).fiscalYear).toBe(2027)
      expect(year.length === 52 || year.length === 53).toBe(true)
    }
  })
})

describe('previousQuarter and nextQuarter', () => {
  it.each([
    ['FY2026-Q1', 'FY2025-Q4', 'FY2026-Q2'],
    ['FY2026-Q4', 'FY2026-Q3', 'FY2027-Q1'],
  ])('steps from %s back to %s and on to %s', (key, previous, next) => {
    expect(previousQuarter(key)).toBe(previous)
    expect(nextQuarter(key)).toBe(next)
  })

  it('refuses a malformed key', () => {
    expect(() => previousQuarter('2026-Q1')).toThrow(/quarter key/)
  })
})

describe('quarterFromKey', () => {
  it('names the fiscal year by the calendar year in which it ends', () => {
    expect(quarterFromKey('FY2026-Q1', 2)).toMatchObject({ firstDay: '2025-02-01', lastDay: '2025-04-30' })
    expect(quarterFromKey('FY2026-Q4', 2)).toMatchObject({ firstDay: '2025-11-01', lastDay: '2026-01-31' })
  })
})

describe('calendarQuarterOfWeek', () => {
  it('gives the calendar quarter of the week’s Thursday', () => {
    expect(calendarQuarterOfWeek('2026-W47')).toEqual({ key: '2026-Q4', label: 'Q4 2026', year: 2026, quarter: 4 })
    expect(calendarQuarterOfWeek('2026-W01')).toMatchObject({ key: '2026-Q1' })
  })
})
