import { describe, expect, it } from 'vitest'
import { newHuddle, previousHuddleWeek, type Huddle, notesAreBlameless } from '@/domain/huddle/huddle'
import type { HuddleRow } from '@/db/rows'

describe('huddle', () => {
  it('starts open with empty notes and no time for every agenda section', () => {
    const huddle = newHuddle({ week: '2026-W47', date: '2026-11-17', facilitator: 'Maya' }, '2026-11-17T09:00:00.000Z')
    expect(huddle).toEqual({
      week: '2026-W47',
      status: 'open',
      date: '2026-11-17',
      facilitator: 'Maya',
      attendees: [],
      notes: { numbers: '', handoffs: '', breaches: '', calibration: '' },
      decisions: [],
      strongHandoffId: null,
      weakHandoffId: null,
      elapsedSeconds: { numbers: 0, handoffs: 0, breaches: 0, calibration: 0 },
      updatedAt: '2026-11-17T09:00:00.000Z',
    })
  })

  it('copies the attendees rather than sharing the caller array', () => {
    const attendees = ['Ana']
    const huddle = newHuddle({ week: '2026-W47', date: '2026-11-17', facilitator: 'Maya', attendees }, '')
    attendees.push('Ben')
    expect(huddle.attendees).toEqual(['Ana'])
  })

  it('maps onto the stored row both ways without conversion', () => {
    const row: HuddleRow = newHuddle({ week: '2026-W47', date: '2026-11-17', facilitator: 'Maya' }, '')
    const domain: Huddle = row
    expect(domain).toBe(row)
  })

  it('finds the latest earlier huddle, skipping weeks without one', () => {
    expect(previousHuddleWeek(['2026-W40', '2026-W44', '2026-W47', '2026-W49'], '2026-W47')).toBe('2026-W44')
  })

  it('finds the last huddle of the previous year', () => {
    expect(previousHuddleWeek(['2026-W52'], '2027-W01')).toBe('2026-W52')
  })

  it('has no previous huddle for the first one', () => {
    expect(previousHuddleWeek(['2026-W47'], '2026-W47')).toBeNull()
  })
})

describe('whether the notes name people', () => {
  it('uses roles once the room saw roles, even after presentation mode ended', () => {
    expect(notesAreBlameless({ shownBlameless: true }, false)).toBe(true)
  })

  it('uses roles while the screen shows roles', () => {
    expect(notesAreBlameless({}, true)).toBe(true)
  })

  it('names people when the screen never showed roles', () => {
    expect(notesAreBlameless({}, false)).toBe(false)
  })

  it("follows the facilitator's explicit choice over what the screen showed", () => {
    expect(notesAreBlameless({ namesInNotes: 'names', shownBlameless: true }, true)).toBe(false)
    expect(notesAreBlameless({ namesInNotes: 'roles' }, false)).toBe(true)
  })
})
