import { describe, expect, it } from 'vitest'
import {
  addAttendees,
  crewSourceWeek,
  defaultHuddleWeek,
  knownPeople,
  otherAttendees,
  toggleAttendee,
} from '@/domain/huddle/session'
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

describe('the crew the start form remembers', () => {
  it('comes from the latest huddle before the week', () => {
    expect(crewSourceWeek(['2026-W45', '2026-W47', '2026-W46', '2026-W49'], '2026-W48')).toBe('2026-W47')
  })

  it('comes from the latest huddle at all when the week is older than every huddle', () => {
    expect(crewSourceWeek(['2026-W47', '2026-W48'], '2026-W40')).toBe('2026-W48')
  })

  it('is nobody before the first huddle', () => {
    expect(crewSourceWeek([], '2026-W48')).toBeNull()
    expect(crewSourceWeek(['2026-W48'], '2026-W48')).toBeNull()
  })

  it("lists attendees beyond the week's SDRs and AEs as other choices", () => {
    expect(otherAttendees(['Ana', 'maya', 'Ben', 'Lee'], { sdrs: ['Ana'], aes: ['Ben'] })).toEqual(['maya', 'Lee'])
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
