import { describe, expect, it } from 'vitest'
import {
  actionItemErrors,
  doneSinceLastHuddle,
  isOverdue,
  itemsOfHuddle,
  markDone,
  newActionItem,
  openCarriedOver,
  carriedOverShown,
  reopen,
  type ActionItem,
} from '@/domain/huddle/action-items'
import type { ActionItemRow } from '@/db/rows'

const item = (text: string, over: Partial<ActionItem> = {}): ActionItem => ({
  huddleWeek: '2026-W46',
  text,
  owner: 'Maya',
  due: null,
  doneAt: '',
  createdAt: '2026-11-10T09:00:00.000Z',
  ...over,
})
const texts = (items: ActionItem[]): string[] => items.map((i) => i.text)

describe('action items carried over', () => {
  it('carries open items from earlier huddles into this week', () => {
    const items = [
      item('from W45', { huddleWeek: '2026-W45' }),
      item('from W46'),
      item('this week', { huddleWeek: '2026-W47' }),
    ]
    expect(texts(openCarriedOver(items, '2026-W47'))).toEqual(['from W45', 'from W46'])
  })

  it('stops carrying an item once it is done', () => {
    const items = [item('done', { doneAt: '2026-11-12T10:00:00.000Z' }), item('open')]
    expect(texts(openCarriedOver(items, '2026-W47'))).toEqual(['open'])
  })

  it('carries over across a year boundary', () => {
    expect(texts(openCarriedOver([item('december', { huddleWeek: '2026-W52' })], '2027-W02'))).toEqual(['december'])
  })

  it('lists carried-over items soonest due first and undated ones last', () => {
    const items = [item('undated'), item('later', { due: '2026-11-30' }), item('sooner', { due: '2026-11-20' })]
    expect(texts(openCarriedOver(items, '2026-W47'))).toEqual(['sooner', 'later', 'undated'])
  })

  it('lists only the items agreed in this huddle as its own', () => {
    const items = [item('old'), item('new', { huddleWeek: '2026-W47' })]
    expect(texts(itemsOfHuddle(items, '2026-W47'))).toEqual(['new'])
  })
})

describe('done since last huddle', () => {
  const tz = 'Europe/Berlin'

  it('shows items from earlier huddles ticked since the last huddle week', () => {
    const items = [
      item('before last huddle', { huddleWeek: '2026-W44', doneAt: '2026-11-04T10:00:00.000Z' }),
      item('since', { doneAt: '2026-11-19T10:00:00.000Z' }),
      item('still open'),
    ]
    expect(texts(doneSinceLastHuddle(items, '2026-W47', '2026-W46', tz))).toEqual(['since'])
  })

  it('includes items ticked during the week of the last huddle', () => {
    const items = [item('ticked Thursday of W46', { doneAt: '2026-11-12T15:00:00.000Z' })]
    expect(texts(doneSinceLastHuddle(items, '2026-W47', '2026-W46', tz))).toEqual(['ticked Thursday of W46'])
  })

  it('decides the week an item was done in the team time zone', () => {
    // Sunday 23:30 UTC is already Monday of W47 in Berlin, but still W46 in UTC.
    const items = [item('late Sunday', { huddleWeek: '2026-W45', doneAt: '2026-11-15T23:30:00.000Z' })]
    expect(doneSinceLastHuddle(items, '2026-W48', '2026-W47', 'Europe/Berlin')).toHaveLength(1)
    expect(doneSinceLastHuddle(items, '2026-W48', '2026-W47', 'UTC')).toHaveLength(0)
  })

  it('leaves out items done after the huddle being viewed', () => {
    const items = [item('done later', { doneAt: '2026-12-01T10:00:00.000Z' })]
    expect(doneSinceLastHuddle(items, '2026-W47', '2026-W46', tz)).toEqual([])
  })

  it('leaves out items agreed in this same huddle', () => {
    const items = [item('same week', { huddleWeek: '2026-W47', doneAt: '2026-11-17T10:00:00.000Z' })]
    expect(doneSinceLastHuddle(items, '2026-W47', '2026-W46', tz)).toEqual([])
  })

  it('counts every earlier done item when there was no last huddle', () => {
    const items = [item('long ago', { huddleWeek: '2026-W10', doneAt: '2026-03-05T10:00:00.000Z' })]
    expect(texts(doneSinceLastHuddle(items, '2026-W47', null, tz))).toEqual(['long ago'])
  })
})

describe('isOverdue', () => {
  it('flags an open item whose due day has passed', () => {
    expect(isOverdue(item('x', { due: '2026-11-16' }), '2026-11-17')).toBe(true)
  })

  it('does not flag an item due today', () => {
    expect(isOverdue(item('x', { due: '2026-11-17' }), '2026-11-17')).toBe(false)
  })

  it('does not flag a done item past its due day', () => {
    expect(isOverdue(item('x', { due: '2026-11-01', doneAt: '2026-11-10T10:00:00.000Z' }), '2026-11-17')).toBe(false)
  })

  it('does not flag an item without a due date', () => {
    expect(isOverdue(item('x'), '2030-01-01')).toBe(false)
  })
})

describe('action item validation', () => {
  it('accepts text, an owner and a due date', () => {
    expect(actionItemErrors({ text: 'Fix the Salesforce layout', owner: 'Ben', due: '2026-11-20' })).toEqual({})
  })

  it('accepts an item without a due date', () => {
    expect(actionItemErrors({ text: 'Fix it', owner: 'Ben', due: null })).toEqual({})
  })

  it('requires text and an owner that are not just spaces', () => {
    expect(actionItemErrors({ text: '  ', owner: '', due: null })).toEqual({
      text: 'Say what needs doing',
      owner: 'Name an owner',
    })
  })

  it.each(['2026-02-30', '20.11.2026', '2026-11-20T10:00:00Z', ''])('rejects %j as a due date', (due) => {
    expect(actionItemErrors({ text: 'x', owner: 'y', due })).toEqual({
      due: 'Due date must be a real date as YYYY-MM-DD',
    })
  })

  it('reports every field of something that is not a draft at all', () => {
    expect(Object.keys(actionItemErrors({})).sort()).toEqual(['due', 'owner', 'text'])
  })
})

describe('action item changes', () => {
  it('creates an open item with trimmed text and owner', () => {
    expect(
      newActionItem({ text: ' Call Acme ', owner: ' Ben ', due: null }, '2026-W47', '2026-11-17T09:00:00.000Z'),
    ).toEqual({
      huddleWeek: '2026-W47',
      text: 'Call Acme',
      owner: 'Ben',
      due: null,
      doneAt: '',
      createdAt: '2026-11-17T09:00:00.000Z',
    })
  })

  it('ticks an item done and opens it again', () => {
    const done = markDone(item('x'), '2026-11-18T10:00:00.000Z')
    expect(done.doneAt).toBe('2026-11-18T10:00:00.000Z')
    expect(reopen(done).doneAt).toBe('')
  })

  it('maps onto the stored row both ways without conversion', () => {
    const row: ActionItemRow = { id: 7, ...item('x') }
    const domain: ActionItem = row
    const stored: ActionItemRow = domain
    expect(stored).toBe(row)
  })
})

describe('carried-over items on the huddle screen', () => {
  it('keeps an item ticked during this huddle in the list, done, until the huddle ends', () => {
    const items = [
      item('ticked now', { id: 1, huddleWeek: '2026-W46', doneAt: '2026-11-24T10:00:00.000Z' }),
      item('done before', { id: 2, huddleWeek: '2026-W46', doneAt: '2026-11-18T10:00:00.000Z' }),
      item('open', { id: 3, huddleWeek: '2026-W46' }),
    ]
    expect(texts(carriedOverShown(items, '2026-W47', new Set([1])))).toEqual(['ticked now', 'open'])
  })
})
