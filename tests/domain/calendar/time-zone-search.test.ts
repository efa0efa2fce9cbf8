import { describe, expect, it } from 'vitest'
import {
  availableZoneIds,
  formatUtcOffset,
  parseOffsetQuery,
  searchZones,
  zoneChoices,
} from '@/domain/calendar/time-zone-search'

// A winter Monday: New York on EST, Berlin on CET, Sydney on summer time.
const NOW = Date.parse('2026-11-30T09:00:00Z')
const choices = zoneChoices(availableZoneIds('UTC'), NOW)
const ids = (query: string) => searchZones(choices, query).map((c) => c.id)

describe('searchZones', () => {
  it('finds a city typed in words, in any case', () => {
    expect(ids('new york')[0]).toBe('America/New_York')
    expect(ids('Berlin')[0]).toBe('Europe/Berlin')
  })

  it('finds a zone by its abbreviation before cities that merely start with it', () => {
    const found = ids('ist')
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain(found[0])
    expect(found).toContain('Europe/Istanbul')
  })

  it('finds zones by their offset today, written the ways people write it', () => {
    for (const query of ['+05:30', '+5:30', 'UTC+5:30', 'gmt +0530']) {
      const found = ids(query)
      expect(found.some((id) => id === 'Asia/Calcutta' || id === 'Asia/Kolkata')).toBe(true)
      expect(found.every((id) => searchZones(choices, id)[0]!.offsetMinutes === 330)).toBe(true)
    }
    expect(ids('-05:00')).toContain('America/New_York')
  })

  it('finds a zone by its English name and by a big city in it', () => {
    expect(ids('central european')).toContain('Europe/Berlin')
    expect(ids('san francisco')[0]).toBe('America/Los_Angeles')
    expect(ids('kolkata').some((id) => id === 'Asia/Calcutta' || id === 'Asia/Kolkata')).toBe(true)
  })

  it('shows a city by its name today, and finds it by its former name too', () => {
    expect(zoneChoices(['Asia/Calcutta'], NOW)[0]!.city).toBe('Kolkata')
    expect(searchZones(zoneChoices(['Asia/Calcutta', 'Europe/Kiev'], NOW), 'calcutta').map((c) => c.city)).toEqual([
      'Kolkata',
    ])
    expect(searchZones(zoneChoices(['Europe/Kiev'], NOW), 'kyiv').map((c) => c.id)).toEqual(['Europe/Kiev'])
  })

  it('lists every zone for an empty query and none for nonsense', () => {
    expect(ids('')).toHaveLength(choices.length)
    expect(ids('Olympus Mons')).toEqual([])
  })
})

describe('zone choices', () => {
  it('show the offset in force at the time given', () => {
    const berlin = (now: number) => zoneChoices(['Europe/Berlin'], now)[0]!
    expect(berlin(NOW)).toMatchObject({ city: 'Berlin', region: 'Europe', offset: 'UTC+01:00' })
    expect(berlin(Date.parse('2026-07-01T09:00:00Z')).offset).toBe('UTC+02:00')
    expect(zoneChoices(['America/New_York'], NOW)[0]).toMatchObject({ city: 'New York', abbreviations: ['EST', 'ET'] })
  })

  it('always include UTC and a saved zone', () => {
    expect(availableZoneIds('Asia/Kolkata')).toEqual(expect.arrayContaining(['UTC', 'Asia/Kolkata']))
    expect(availableZoneIds('Mars/Olympus')).not.toContain('Mars/Olympus')
  })
})

describe('offsets', () => {
  it('are written UTC±hh:mm with a true minus sign', () => {
    expect(formatUtcOffset(330)).toBe('UTC+05:30')
    expect(formatUtcOffset(-180)).toBe('UTC\u221203:00')
    expect(formatUtcOffset(0)).toBe('UTC+00:00')
  })

  it('are read from what people type, and nothing else is', () => {
    expect(parseOffsetQuery('+05:30')).toBe(330)
    expect(parseOffsetQuery('UTC-3')).toBe(-180)
    expect(parseOffsetQuery('\u221203:00')).toBe(-180)
    expect(parseOffsetQuery('berlin')).toBeNull()
    expect(parseOffsetQuery('+25')).toBeNull()
  })
})
