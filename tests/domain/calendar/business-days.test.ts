import { describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  businessDayOnOrAfter,
  businessDayCount,
  businessMsBetween,
  EXACT_SPAN_DAYS,
  holidaySet,
  isBusinessDay,
  nextBusinessDay,
} from '@/domain/calendar/business-days'
import { dayNumber } from '@/domain/calendar/weeks'
import { startOfLocalDay, startOfLocalDayNumber, wallTimeToUtc } from '@/domain/calendar/zoned'

// 2026-11-16 is a Monday.
const HOLIDAYS = ['2026-11-26', '2026-11-27', '2026-12-25']

describe('isBusinessDay', () => {
  it.each([
    ['2026-11-16', true, 'a Monday'],
    ['2026-11-20', true, 'a Friday'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-22', false, 'a Sunday'],
    ['2026-11-26', false, 'a Thursday that is a holiday'],
    ['2026-12-24', true, 'the Thursday before a Friday holiday'],
  ])('answers %s is a business day with %s (%s)', (day, expected) => {
    expect(isBusinessDay(day, HOLIDAYS)).toBe(expected)
  })

  it('accepts holidays as a prepared set as well as an array', () => {
    expect(isBusinessDay('2026-12-25', new Set(['2026-12-25']))).toBe(false)
  })
})

describe('nextBusinessDay', () => {
  it.each([
    ['2026-11-16', '2026-11-17', 'Monday → Tuesday'],
    ['2026-11-20', '2026-11-23', 'Friday → Monday'],
    ['2026-11-21', '2026-11-23', 'Saturday → Monday'],
    ['2026-11-25', '2026-11-30', 'Wednesday before a Thursday+Friday holiday → Monday'],
    ['2026-12-31', '2027-01-01', 'New Year is no holiday unless configured'],
  ])('moves %s to %s (%s)', (day, expected) => {
    expect(nextBusinessDay(day, HOLIDAYS)).toBe(expected)
  })
})

describe('addBusinessDays', () => {
  it.each([
    ['2026-11-16', 0, '2026-11-16'],
    ['2026-11-21', 0, '2026-11-21'],
    ['2026-11-16', 1, '2026-11-17'],
    ['2026-11-16', 5, '2026-11-23'],
    ['2026-11-24', 2, '2026-11-30'],
    ['2026-11-21', 1, '2026-11-23'],
    ['2026-11-21', 2, '2026-11-24'],
  ])('gives the business day %s + %i business days as %s', (day, n, expected) => {
    expect(addBusinessDays(day, n, HOLIDAYS)).toBe(expected)
  })

  it('refuses a negative count', () => {
    expect(() => addBusinessDays('2026-11-16', -1, [])).toThrow(/whole number/)
  })
})

describe('businessDayOnOrAfter', () => {
  it('keeps a business day and moves a weekend day to Monday', () => {
    expect(businessDayOnOrAfter('2026-11-17', [])).toBe('2026-11-17')
    expect(businessDayOnOrAfter('2026-11-22', [])).toBe('2026-11-23')
  })
})

describe('wallTimeToUtc', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['Asia/Kolkata', '2026-06-01'],
  ])('agrees with startOfLocalDay for midnight in %s on %s', (tz, day) => {
    expect(startOfLocalDayNumber(dayNumber(day), tz)).toBe(startOfLocalDay(day, tz))
  })

  it('maps a time skipped by the spring-forward gap past the gap (Berlin 02:30 → 03:30 CEST)', () => {
    const wall = Date.UTC(2026, 2, 29, 2, 30)
    expect(new Date(wallTimeToUtc(wall, 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z')
  })
})

const NONE = holidaySet([])

describe('businessDayCount', () => {
  it('counts Monday to Friday of the days given, both ends included, less weekday holidays', () => {
    const mon = dayNumber('2026-11-16')
    expect(businessDayCount(mon, mon + 6, NONE)).toBe(5)
    expect(businessDayCount(mon, mon + 15, NONE)).toBe(12) // two weeks and Mon, Tue
    expect(businessDayCount(mon + 5, mon + 6, NONE)).toBe(0) // a weekend
    expect(businessDayCount(mon, mon + 13, holidaySet(['2026-11-26', '2026-11-28']))).toBe(9) // Saturday 28th not counted
    expect(businessDayCount(mon + 1, mon, NONE)).toBe(0)
  })
})

describe('businessMsBetween', () => {
  const H = 3_600_000
  const tz = 'Europe/Berlin'
  const hours = (from: string, to: string, holidays: string[] = []) =>
    businessMsBetween(Date.parse(from), Date.parse(to), tz, holidaySet(holidays)) / H

  it('counts wall hours inside one business day', () => {
    expect(hours('2026-11-16T09:00:00Z', '2026-11-16T15:30:00Z')).toBe(6.5)
  })

  it('skips the weekend entirely between Friday 15:00 and Monday 15:00', () => {
    // Berlin is UTC+1 in November: Friday 15:00 local = 14:00Z.
    expect(hours('2026-11-20T14:00:00Z', '2026-11-23T14:00:00Z')).toBe(24)
  })

  it('skips a holiday', () => {
    expect(hours('2026-11-20T14:00:00Z', '2026-11-24T14:00:00Z', ['2026-11-23'])).toBe(24)
  })

  it('counts the 23-hour Monday after the spring DST change at its real length', () => {
    // Berlin has no DST change on a weekday, so use New York's Sunday change and a Monday span.
    const ny = (from: string, to: string) =>
      businessMsBetween(Date.parse(from), Date.parse(to), 'America/New_York', holidaySet([])) / H
    // Friday 2026-03-06 00:00 EST to Monday 2026-03-09 00:00 EDT: only Friday (24h) counts.
    expect(ny('2026-03-06T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(24)
  })

  it('counts a span of more than two years in UTC to the same hour as walking its days', () => {
    const utc = (from: string, to: string, holidays: string[]) =>
      businessMsBetween(Date.parse(from), Date.parse(to), 'UTC', holidaySet(holidays)) / H
    // Three years from a Monday 10:00: 156 whole weeks of 5 business days, less one weekday holiday.
    const from = '2026-11-16T10:00:00Z'
    const to = '2029-11-12T10:00:00Z'
    expect(dayNumber('2029-11-12') - dayNumber('2026-11-16')).toBeGreaterThan(EXACT_SPAN_DAYS)
    expect(utc(from, to, ['2027-12-24'])).toBe((156 * 5 - 1) * 24)
  })

  it('answers for a handoff answered in the year 9999 without walking 8,000 years of days', () => {
    const ms = businessMsBetween(Date.parse('2026-11-16T09:00:00Z'), Date.parse('9999-12-31T23:00:00Z'), tz, NONE)
    // About 261 business days a year for 7,973 years, within a day of DST hours.
    expect(ms / (24 * H)).toBeGreaterThan(7_973 * 260)
    expect(ms / (24 * H)).toBeLessThan(7_974 * 262)
  })

  it('is zero for an empty or reversed interval', () => {
    expect(hours('2026-11-16T09:00:00Z', '2026-11-16T09:00:00Z')).toBe(0)
    expect(hours('2026-11-16T10:00:00Z', '2026-11-16T09:00:00Z')).toBe(0)
  })
})
