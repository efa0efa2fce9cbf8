import { describe, expect, it } from 'vitest'
import { huddleGaps } from '@/domain/huddle/not-carried'
import { carriedMaskOf } from '@/domain/carried'
import { defaultSettings } from '@/domain/settings'

const settings = { ...defaultSettings('UTC'), requiredFields: ['discoverySummary' as const, 'techStack' as const] }

describe('what a week’s export did not carry', () => {
  it('names, in a manager’s words, the huddle inputs and checklist fields the export had no column for', () => {
    const mask = carriedMaskOf([
      'sdr',
      'bookedAt',
      'status',
      'rejectionReason',
      'aeFeedback',
      'companySize',
      'industry',
      'contactInfluence',
      'triggerEvent',
      'triggerCategory',
      'segment',
      'techStack',
    ])
    expect(huddleGaps([{ carried: mask }], settings)).toEqual({
      fields: ['respondedAt', 'discoverySummary'],
      phrase: 'this export has no AE decision time and discovery summary',
    })
  })

  it('says nothing when the export carried everything, or when there is no handoff', () => {
    expect(huddleGaps([{}], settings)).toEqual({ fields: [], phrase: null })
    expect(huddleGaps([], settings)).toEqual({ fields: [], phrase: null })
  })

  it('names the AE decision first when the file holds bookings only', () => {
    const { phrase } = huddleGaps([{ carried: carriedMaskOf(['sdr', 'bookedAt']) }], settings)
    expect(phrase).toMatch(/^this export has no AE decision, AE decision time, rejection reason, AE feedback, /)
  })
})
