import { describe, expect, it } from 'vitest'
import { addWeeks, isoWeekOfDay, isoWeekday, weekMonday, weekRange } from '@/domain/calendar/weeks'
import { weekOf } from '@/domain/calendar/zoned'

describe('weekOf', () => {
  it('counts a Sunday 23:30 booking in the week it falls in, in the team time zone', () => {
    // Sunday 2026-11-22 23:30 in Berlin is 22:30 UTC: still week 47 there.
    expect(weekOf('2026-11-22T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-W47')
  })

  it('moves a late-Sunday UTC instant into the next week for a team east of UTC', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Berlin.
    expect(weekOf('2026-11-22T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-W48')
    expect(weekOf('2026-11-22T23:30:00.000Z', 'UTC')).toBe('2026-W47')
  })

  it('takes a date-only value as that calendar day whatever the time zone', () => {
    expect(weekOf('2026-11-23', 'Pacific/Auckland')).toBe('2026-W48')
    expect(weekOf('2026-11-23', 'America/Los_Angeles')).toBe('2026-W48')
  })

  it('keeps Monday 00:30 local in its week across the autumn DST change', () => {
    // Europe/Berlin leaves DST on Sunday 2026-10-25; Monday 00:30 CET is Sunday 23:30 UTC.
    expect(weekOf('2026-10-25T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-W44')
    expect(weekOf('2026-10-25T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-W43')
  })
})

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-23', '2026-W48'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week)
  })

  it('numbers Monday 1 and Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1)
    expect(isoWeekday('2026-11-22')).toBe(7)
  })

  it('finds the Monday of a week, across a year boundary', () => {
    expect(weekMonday('2026-W48')).toBe('2026-11-23')
    expect(weekMonday('2026-W53')).toBe('2026-12-28')
    expect(weekMonday('2025-W01')).toBe('2024-12-30')
  })

  it('steps weeks across a 53-week year', () => {
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53')
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01')
    expect(addWeeks('2027-W01', -2)).toBe('2026-W52')
    expect(weekRange('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02'])
  })
})
