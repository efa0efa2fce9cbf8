import { describe, expect, it } from 'vitest'
import {
  aeSlaCoverage,
  aeSlaState,
  breachNotices,
  causeHeadline,
  findBreaches,
  groupByCause,
  vagueRejections,
  type Breach,
} from '@/domain/huddle/breaches'
import { carriedMaskOf } from '@/domain/carried'
import { defaultSettings } from '@/domain/settings'
import { aHandoff } from '../../helpers/handoffs'
import type { Handoff } from '@/domain/handoff'

const settings = defaultSettings('UTC')
const complete = { budgetSignal: 'Budget approved for Q1', techStack: 'Salesforce' }
const withId = (over: Partial<Handoff>, id: string) => ({ ...aHandoff({ ...complete, ...over }), id })
const breach = (causeKey: string, person: string, handoffId = 'x'): Breach => ({
  handoffId,
  side: 'sdr',
  causeKey,
  cause: causeKey,
  person,
})

describe('findBreaches', () => {
  it('names each missing required field as its own SDR-side cause', () => {
    const h = withId({ sdr: 'Ana', budgetSignal: 'tbd', techStack: '' }, 'h1')
    const found = findBreaches(
      [h],
      { ...settings, requiredFields: ['budgetSignal', 'techStack'] },
      Date.parse('2026-11-17T12:00:00Z'),
    )
    expect(found.map((b) => [b.cause, b.person, b.side])).toEqual([
      ['Budget signal missing', 'Ana', 'sdr'],
      ['Tech stack missing', 'Ana', 'sdr'],
    ])
  })

  it('flags a late AE response and an open overdue one on the AE', () => {
    const late = withId(
      { ae: 'Ben', status: 'accepted', bookedAt: '2026-11-16T10:00:00.000Z', respondedAt: '2026-11-18T10:00:00.000Z' },
      'late',
    )
    const open = withId({ ae: 'Cy', status: 'pending', bookedAt: '2026-11-16T10:00:00.000Z' }, 'open')
    const found = findBreaches(
      [late, open],
      { ...settings, requiredFields: ['budgetSignal'] },
      Date.parse('2026-11-20T12:00:00Z'),
    )
    expect(found.map((b) => [b.causeKey, b.person])).toEqual([
      ['ae:late', 'Ben'],
      ['ae:open_overdue', 'Cy'],
    ])
  })

  it('finds nothing for a complete package answered on time', () => {
    const ok = withId(
      { status: 'accepted', bookedAt: '2026-11-16T10:00:00.000Z', respondedAt: '2026-11-16T12:00:00.000Z' },
      'ok',
    )
    expect(
      findBreaches([ok], { ...settings, requiredFields: ['budgetSignal'] }, Date.parse('2026-11-20T12:00:00Z')),
    ).toEqual([])
  })
})

describe('groupByCause', () => {
  it('puts the most frequent cause first with its people, most breaches first', () => {
    const groups = groupByCause([breach('a', 'Ana'), breach('b', 'Ben'), breach('b', 'Cy'), breach('b', 'Cy')])
    expect(groups.map((g) => [g.cause, g.count, g.people])).toEqual([
      [
        'b',
        3,
        [
          { person: 'Cy', count: 2 },
          { person: 'Ben', count: 1 },
        ],
      ],
      ['a', 1, [{ person: 'Ana', count: 1 }]],
    ])
  })

  it('reads as "cause ×count"', () => {
    expect(causeHeadline({ cause: 'Budget signal missing', count: 7 })).toBe('Budget signal missing ×7')
  })
})

describe('vagueRejections', () => {
  it('lists rejections whose feedback names no fact, blank included, and skips teaching feedback', () => {
    const list = vagueRejections([
      withId({ status: 'rejected', aeFeedback: 'not qualified', rejectionReason: 'other' }, 'v1'),
      withId({ status: 'rejected', aeFeedback: '' }, 'v2'),
      withId({ status: 'rejected', aeFeedback: 'Under 20 employees, our minimum is 50' }, 'ok'),
      withId({ status: 'accepted', aeFeedback: 'meh' }, 'acc'),
    ])
    expect(list.map((v) => [v.handoffId, v.reasonLabel])).toEqual([
      ['v1', 'Other'],
      ['v2', 'No reason recorded'],
    ])
  })
})

describe('breaches on a thin export', () => {
  const asOf = Date.parse('2026-11-25T12:00:00Z')
  const allSettings = { ...settings, requiredFields: ['budgetSignal' as const] }
  const carrying = (fields: Parameters<typeof carriedMaskOf>[0]) => carriedMaskOf(fields)
  const WHO = ['externalId', 'sdr', 'ae', 'company', 'bookedAt'] as const

  it('puts no AE in breach when the export carried no decision', () => {
    const open = {
      ...withId({ ae: 'Cy', status: 'pending', bookedAt: '2026-11-16T10:00:00.000Z' }, 'h'),
      carried: carrying(WHO),
    }
    expect(findBreaches([open], allSettings, asOf)).toEqual([])
    expect(aeSlaState(open, allSettings, asOf)).toBe('unknown')
  })

  it('calls no answer late when the export carried no decision time, but still flags one open past its deadline', () => {
    const mask = carrying([...WHO, 'status'])
    const decided = {
      ...withId(
        {
          ae: 'Ben',
          status: 'accepted',
          bookedAt: '2026-11-16T10:00:00.000Z',
          respondedAt: '2026-11-18T10:00:00.000Z',
        },
        'd',
      ),
      carried: mask,
    }
    const open = {
      ...withId({ ae: 'Cy', status: 'pending', bookedAt: '2026-11-16T10:00:00.000Z' }, 'o'),
      carried: mask,
    }
    expect(findBreaches([decided, open], allSettings, asOf).map((b) => [b.handoffId, b.causeKey])).toEqual([
      ['o', 'ae:open_overdue'],
    ])
  })

  it('blames no SDR for a required field the export never had', () => {
    const h = { ...withId({ budgetSignal: '' }, 'h'), carried: carrying([...WHO, 'status', 'respondedAt']) }
    expect(findBreaches([h], allSettings, asOf).filter((b) => b.side === 'sdr')).toEqual([])
  })

  it('says once what the export did not carry, with what to do', () => {
    const bookings = [{ carried: carrying(WHO) }, { carried: carrying(WHO) }]
    const notices = breachNotices(bookings, allSettings)
    expect(notices[0]).toBe(
      'This export has no AE decision column: the file holds bookings, not decisions, so no AE is counted in breach. ' +
        'Map the stage or decision column when you import.',
    )
    expect(notices.filter((n) => n.includes('Budget signal'))).toHaveLength(1)
    const noTime = breachNotices([{ carried: carrying([...WHO, 'status', 'aeFeedback', 'budgetSignal']) }], allSettings)
    expect(noTime).toEqual([
      'This export has no AE decision time: on time and late are not in this export, only pending handoffs past ' +
        'their deadline. Add the date the AE decided (Salesforce: "Last Stage Change Date") to the export.',
    ])
    expect(breachNotices([{}], allSettings)).toEqual([])
  })

  it('tells how much of the AE response SLA the export can show', () => {
    expect(aeSlaCoverage([{ carried: carrying(WHO) }])).toBe('no_decision')
    expect(aeSlaCoverage([{ carried: carrying([...WHO, 'status']) }])).toBe('no_decision_time')
    expect(aeSlaCoverage([{}])).toBe('all')
  })

  it('lists no rejection for its feedback when the export had no decision or no feedback column', () => {
    const rejected = withId({ status: 'rejected', aeFeedback: '' }, 'r')
    expect(vagueRejections([{ ...rejected, carried: carrying([...WHO, 'status']) }])).toEqual([])
    expect(vagueRejections([{ ...rejected, carried: carrying([...WHO, 'aeFeedback']) }])).toEqual([])
    expect(vagueRejections([rejected]).map((v) => v.verdict)).toEqual(['none'])
  })
})
