import { describe, expect, it } from 'vitest'
import { aeSaid, cardFacts, cardReading } from '@/domain/huddle/walk-card'
import { ALL_CARRIED, carriedMaskOf } from '@/domain/carried'
import { aHandoff } from '../../helpers/handoffs'

describe('a walk card on a thin export', () => {
  const THIN = carriedMaskOf(['sdr', 'ae', 'company', 'bookedAt', 'status', 'rejectionReason', 'aeFeedback'])
  const h = (over: Parameters<typeof aHandoff>[0], carried = THIN) => ({ ...aHandoff(over), carried })

  it('shows the fields the export carried and names the others in one line', () => {
    const card = cardReading(h({ crmNotes: 'Spoke with ops' }, THIN | carriedMaskOf(['crmNotes', 'techStack'])))
    expect(card.lines.map((l) => l.field)).toEqual(['crmNotes', 'techStack'])
    expect(card.notCarried).toBe(
      'Not in this export: discovery summary, ICP fit, trigger event, timing and budget signal.',
    )
    expect(cardReading(h({}, ALL_CARRIED)).notCarried).toBeNull()
  })

  it('shows what the AE said about a rejection, and nothing the export did not carry', () => {
    expect(aeSaid(h({ status: 'rejected', rejectionReason: 'too_small', aeFeedback: '' }))).toEqual([
      { label: 'AE’s reason', text: 'Too small', isBlank: false },
      { label: 'AE feedback', text: 'no feedback written', isBlank: true },
    ])
    expect(aeSaid(h({ status: 'rejected' }, carriedMaskOf(['sdr', 'status'])))).toEqual([])
    expect(aeSaid(h({ status: 'accepted' }))).toEqual([])
  })

  it('lists only the facts the export carried under the title', () => {
    expect(cardFacts(h({ companySize: null, segment: 'SMB' }))).toEqual([])
    expect(cardFacts(h({ companySize: 420, segment: '' }, THIN | carriedMaskOf(['companySize', 'segment'])))).toEqual([
      'no segment',
      '420 employees',
    ])
  })
})
