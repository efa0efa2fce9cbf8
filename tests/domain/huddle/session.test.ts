import { describe, expect, it } from 'vitest'
import { addAttendees, defaultHuddleWeek, knownPeople, toggleAttendee } from '@/domain/huddle/session'
import { addDecision, calibrationDecision, removeDecision, splitDecisions } from '@/domain/huddle/decisions'

describe('defaultHuddleWeek', () => {
  it('picks the latest complete week with bookings', () => {
    expect(defaultHuddleWeek(['2026-W45', '2026-W47', '2026-W46'], '2026-W47')).toBe('2026-W46')
  })
  it('falls back to the latest week when no week is complete yet, and to null without data', () => {
    expect(defaultHuddleWeek(['2026-W47'], '2026-W47')).toBe('2026-W47')
    expect(defaultHuddleWeek([], '2026-W47')).toBeNull()
  })
})

describe('people', () => {
  it('lists SDRs and AEs once each, sorted, without blanks', () => {
    expect(
      knownPeople([
        { sdr: 'Ben', ae: '' },
        { sdr: 'Ana', ae: 'Cy' },
        { sdr: 'Ben ', ae: 'Cy' },
      ]),
    ).toEqual({ sdrs: ['Ana', 'Ben'], aes: ['Cy'] })
  })
  it('toggles an attendee ignoring case and adds typed names once', () => {
    expect(toggleAttendee(['Ana'], 'ana')).toEqual([])
    expect(toggleAttendee(['Ana'], 'Ben')).toEqual(['Ana', 'Ben'])
    expect(addAttendees(['Ana'], 'ben, Ana,\n Cy ')).toEqual(['Ana', 'ben', 'Cy'])
  })
})

describe('decisions', () => {
  it('keeps calibration decisions apart from the others', () => {
    const list = addDecision(addDecision([], 'Ben covers Fridays'), calibrationDecision('minimum company size 50 → 75'))
    expect(splitDecisions(list)).toEqual({
      general: ['Ben covers Fridays'],
      calibration: ['minimum company size 50 → 75'],
    })
  })
  it('ignores blank and repeated decisions and removes by position', () => {
    expect(addDecision(['a'], '  ')).toEqual(['a'])
    expect(addDecision(['a'], 'a')).toEqual(['a'])
    expect(removeDecision(['a', 'b'], 0)).toEqual(['b'])
  })
})
