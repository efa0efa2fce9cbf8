import { describe, expect, it } from 'vitest'
import { isWeekWithinYears, isWithinYearsAnywhere, outOfRange } from '@/domain/calendar/year-range'

describe('outOfRange', () => {
  it('reads a day by its year alone', () => {
    expect(outOfRange('1989-12-31', 'Europe/Berlin')).toBe('before')
    expect(outOfRange('1990-01-01', 'Europe/Berlin')).toBeNull()
    expect(outOfRange('2100-12-31', 'Europe/Berlin')).toBeNull()
    expect(outOfRange('2101-01-01', 'Europe/Berlin')).toBe('after')
  })

  it('reads an instant in the team zone: 2101 in UTC is still 2100 in Denver', () => {
    expect(outOfRange('2101-01-01T06:00:00Z', 'America/Denver')).toBeNull()
    expect(outOfRange('2101-01-01T07:00:00Z', 'America/Denver')).toBe('after')
    expect(outOfRange('1989-12-31T23:30:00Z', 'Europe/Berlin')).toBeNull()
    expect(outOfRange('1989-12-31T22:30:00Z', 'Europe/Berlin')).toBe('before')
  })

  it('places an instant with a signed six-digit year on its side', () => {
    expect(outOfRange('+010000-01-01T00:00:00Z', 'UTC')).toBe('after')
    expect(outOfRange('-000001-01-01T00:00:00Z', 'UTC')).toBe('before')
  })
})

describe('a backup checked before its zone is known', () => {
  it('allows a day of slack either side of the years', () => {
    expect(isWithinYearsAnywhere('2101-01-01T06:00:00Z')).toBe(true)
    expect(isWithinYearsAnywhere('9999-12-31T23:00:00Z')).toBe(false)
    expect(isWithinYearsAnywhere('1000-01-01')).toBe(false)
  })

  it('accepts only week keys that exist within the years', () => {
    expect(isWeekWithinYears('2026-W47')).toBe(true)
    expect(isWeekWithinYears('2026-W00')).toBe(false)
    expect(isWeekWithinYears('9999-W99')).toBe(false)
    expect(isWeekWithinYears('1989-W52')).toBe(false)
  })
})
