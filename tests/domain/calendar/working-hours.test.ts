import { describe, expect, it } from 'vitest'
import { holidaySet } from '@/domain/calendar/business-days'
import { workingMsBetween, type WorkingDay } from '@/domain/calendar/working-hours'

const HOUR = 3_600_000
const NINE_TO_FIVE: WorkingDay = { startMinute: 9 * 60, endMinute: 17 * 60 }
const NONE = holidaySet([])
const hoursBetween = (from: string, to: string, timeZone: string, holidays = NONE, day = NINE_TO_FIVE) =>
  workingMsBetween(Date.parse(from), Date.parse(to), timeZone, holidays, day) / HOUR

// November 2026 in Berlin is UTC+1 (local 09:00 = 08:00Z); 2026-11-16 is a Monday.
describe('workingMsBetween, 09:00–17:00 in Berlin', () => {
  it.each([
    ['inside one working day', '2026-11-16T09:00:00Z', '2026-11-16T14:30:00Z', 5.5], // Mon 10:00 → 15:30
    ['a booking before hours, from 09:00', '2026-11-16T06:00:00Z', '2026-11-16T09:00:00Z', 1], // Mon 07:00 → 10:00
    ['a booking after hours, from 09:00 next day', '2026-11-16T17:00:00Z', '2026-11-17T09:00:00Z', 1], // Mon 18:00 → Tue 10:00
    ['an answer after hours, to 17:00', '2026-11-16T14:00:00Z', '2026-11-16T20:00:00Z', 2], // Mon 15:00 → 21:00
    ['three whole working days', '2026-11-16T08:00:00Z', '2026-11-18T16:00:00Z', 24], // Mon 09:00 → Wed 17:00
    ['over a weekend, Friday 15:00 → Monday 11:00', '2026-11-20T14:00:00Z', '2026-11-23T10:00:00Z', 4],
    ['a weekend only', '2026-11-21T09:00:00Z', '2026-11-22T17:00:00Z', 0], // Sat 10:00 → Sun 18:00
    ['a night only', '2026-11-16T17:00:00Z', '2026-11-17T07:00:00Z', 0], // Mon 18:00 → Tue 08:00
    ['nothing for a reversed interval', '2026-11-17T09:00:00Z', '2026-11-16T09:00:00Z', 0],
  ])('counts %s', (_, from, to, hours) => {
    expect(hoursBetween(from, to, 'Europe/Berlin')).toBe(hours)
  })

  it('skips a holiday: Friday 15:00 → Tuesday 11:00 over a Monday holiday is 4 working hours', () => {
    const holidays = holidaySet(['2026-11-23'])
    expect(hoursBetween('2026-11-20T14:00:00Z', '2026-11-24T10:00:00Z', 'Europe/Berlin', holidays)).toBe(4)
  })

  it('keeps other working days: 08:30–18:00', () => {
    const day = { startMinute: 8 * 60 + 30, endMinute: 18 * 60 }
    expect(hoursBetween('2026-11-16T06:00:00Z', '2026-11-17T06:00:00Z', 'Europe/Berlin', NONE, day)).toBe(9.5)
  })
})

describe('workingMsBetween across DST changes', () => {
  it('opens Monday at 09:00 summer time after the spring-forward weekend in Berlin', () => {
    // Fri 27 Mar 2026 15:00 CET (14:00Z) → Mon 30 Mar 11:00 CEST (09:00Z): 2 h + 2 h.
    expect(hoursBetween('2026-03-27T14:00:00Z', '2026-03-30T09:00:00Z', 'Europe/Berlin')).toBe(4)
  })

  it('opens Monday at 09:00 standard time after the fall-back weekend in New York', () => {
    // Fri 30 Oct 2026 16:00 EDT (20:00Z) → Mon 2 Nov 10:00 EST (15:00Z): 1 h + 1 h.
    expect(hoursBetween('2026-10-30T20:00:00Z', '2026-11-02T15:00:00Z', 'America/New_York')).toBe(2)
  })

  it('counts the real length of a working day that holds a spring-forward gap (Cairo, Friday 26 April 2024)', () => {
    // 00:00 → 01:00 that Friday: a 00:00–08:00 working day lasts 7 real hours, opening just after the gap.
    const day = { startMinute: 0, endMinute: 8 * 60 }
    expect(hoursBetween('2024-04-25T12:00:00Z', '2024-04-26T12:00:00Z', 'Africa/Cairo', NONE, day)).toBe(7)
  })
})

describe('workingMsBetween over a span of years', () => {
  it('counts the working hours of more than two years in UTC as walking their days does', () => {
    // Three years from a Monday 09:00: 156 whole weeks of 5 working days of 8 hours.
    expect(hoursBetween('2026-11-16T09:00:00Z', '2029-11-12T09:00:00Z', 'UTC')).toBe(156 * 5 * 8)
  })

  it('answers for a handoff answered in the year 9999 without walking 8,000 years of days', () => {
    const hours = hoursBetween('2026-11-16T09:00:00Z', '9999-12-31T23:00:00Z', 'Europe/Berlin')
    expect(hours / 8).toBeGreaterThan(7_973 * 260)
    expect(hours / 8).toBeLessThan(7_974 * 262)
  })
})
