import { describe, expect, it } from 'vitest'
import { decodeBlock, encodeBlock, blockIds } from '@/db/fact-block-codec'
import { toStored } from '@/db/handoff-repo'
import { CLIPPED_TEXT, toFacts } from '@/domain/handoff-facts'
import { aHandoff } from '../helpers/handoffs'

const AT = '2026-11-20T09:00:00.000Z'
const facts = [
  toFacts({ ...toStored(aHandoff({ externalId: 'A-1', sdr: 'Ana Silva' }), 'crm', 'UTC', 3, AT), carried: 7 }),
  toFacts({ ...toStored(aHandoff({ externalId: 'A-2', sdr: 'Raj Patel' }), 'crm', 'UTC', 3, AT), sdrRaw: 'raj' }),
  toFacts(toStored(aHandoff({ externalId: 'A-3', companySize: null, meetingAt: null }), 'crm', 'UTC', 3, AT)),
]
const week = facts[0]!.week

describe('a week block of facts', () => {
  it('gives back every fact as toFacts made it', () => {
    expect(decodeBlock(encodeBlock(week, facts))).toEqual(facts)
  })

  it('leaves out keys a handoff does not have, as the fact did', () => {
    const [, second, third] = decodeBlock(encodeBlock(week, facts))
    expect('carried' in third!).toBe(false)
    expect('sdrRaw' in third!).toBe(false)
    expect(second!.sdrRaw).toBe('raj')
  })

  it('stores a value every row shares once', () => {
    const block = encodeBlock(week, facts)
    expect(block.columns.importSource).toEqual({ same: 'crm' })
    expect(block.columns.importRunId).toEqual({ same: 3 })
    expect(block.columns.sdr).toEqual(['Ana Silva', 'Raj Patel', facts[2]!.sdr])
  })

  it('keeps null apart from a missing value', () => {
    const [, , third] = decodeBlock(encodeBlock(week, facts))
    expect(third!.companySize).toBeNull()
    expect(third!.meetingAt).toBeNull()
  })

  it('stores the stub of a long text as one null and gives the stub back', () => {
    const long = toFacts(toStored(aHandoff({ externalId: 'L', crmNotes: 'x'.repeat(500) }), 'crm', 'UTC', 3, AT))
    const block = encodeBlock(week, [long, facts[0]!])
    expect((block.columns.crmNotes as unknown[])[0]).toBeNull()
    expect(decodeBlock(block)[0]!.crmNotes).toBe(CLIPPED_TEXT)
  })

  it('made from stored handoffs, is the block of their facts', () => {
    const handoffs = [
      toStored(aHandoff({ externalId: 'R', status: 'rejected', aeFeedback: 'y'.repeat(200) }), 'crm', 'UTC', 3, AT),
      toStored(aHandoff({ externalId: 'S', crmNotes: 'x'.repeat(500), icpFit: 'n/a' }), 'crm', 'UTC', 3, AT),
    ]
    expect(encodeBlock(week, handoffs)).toEqual(encodeBlock(week, handoffs.map(toFacts)))
    expect(decodeBlock(encodeBlock(week, handoffs))).toEqual(handoffs.map(toFacts))
  })

  it('lists its ids in row order', () => {
    expect(blockIds(encodeBlock(week, facts))).toEqual(['crm::A-1', 'crm::A-2', 'crm::A-3'])
  })

  it('of one handoff round-trips', () => {
    expect(decodeBlock(encodeBlock(week, facts.slice(0, 1)))).toEqual(facts.slice(0, 1))
  })
})
