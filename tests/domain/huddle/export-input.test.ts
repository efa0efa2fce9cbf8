import { describe, expect, it } from 'vitest'
import { buildExportInput, changesSinceLast, exportFileName, type ExportSources } from '@/domain/huddle/export-input'
import { newHuddle } from '@/domain/huddle/huddle'
import { roleLabels } from '@/domain/huddle/roles'
import { huddleToHtml, huddleToMarkdown } from '@/domain/huddle/notes-export'
import type { ActionItem } from '@/domain/huddle/action-items'
import type { CalibrationRow } from '@/domain/huddle/calibration'
import { rateOf } from '@/domain/assessed'

const item = (over: Partial<ActionItem>): ActionItem => ({
  huddleWeek: '2026-W47',
  text: 'Do it',
  owner: 'Maya',
  due: null,
  doneAt: '',
  createdAt: '2026-11-17T10:00:00.000Z',
  ...over,
})
const stats = (rate: number) => ({
  booked: 10,
  accepted: rate * 10,
  rejected: 10 - rate * 10,
  acceptanceRate: rateOf(rate * 10, 10),
})

function sources(over: Partial<ExportSources> = {}): ExportSources {
  const huddle = newHuddle(
    { week: '2026-W47', date: '2026-11-23', facilitator: 'Maya', attendees: ['Ana', 'Ben'] },
    '2026-11-23T09:00:00.000Z',
  )
  huddle.notes = { ...huddle.notes, numbers: 'Volume up.', strong: 'Quoted the CFO.' }
  huddle.decisions = ['Ben covers Fridays', 'ICP: minimum company size 50 → 75']
  const mover: CalibrationRow = {
    dimension: 'segment',
    value: 'SMB',
    thisQuarter: stats(0.8),
    lastQuarter: stats(0.4),
    changePoints: 40,
    isMover: true,
    isBlank: false,
  }
  return {
    huddle,
    comparison: {
      thisWeek: { booked: 12, accepted: 6, rejected: 3, pending: 3, decisionCarried: 12, acceptanceRate: rateOf(6, 9) },
      lastWeek: {
        booked: 10,
        accepted: 5,
        rejected: 5,
        pending: 0,
        decisionCarried: 10,
        acceptanceRate: rateOf(5, 10),
      },
      fourWeekAvg: null,
    },
    reasons: [{ reason: 'too_small', label: 'Too small', count: 3 }],
    strong: {
      handoff: { company: 'Northwind', sdr: 'Ana', ae: 'Ben', discoverySummary: 'New CFO', crmNotes: '' },
      criteria: [{ id: 'icp_signal', label: 'ICP fit with a signal', pass: true, isAssessed: true, source: 'scored' }],
    },
    weak: null,
    breaches: [
      {
        causeKey: 'sdr:missing:budgetSignal',
        cause: 'Budget signal missing',
        side: 'sdr',
        count: 7,
        people: [{ person: 'Ana', count: 7 }],
        handoffIds: [],
      },
    ],
    movers: [mover],
    items: [item({ text: 'Write the cover rota' })],
    carried: [item({ huddleWeek: '2026-W46', text: 'Fix the checklist', owner: 'Ana' })],
    doneSinceLast: [item({ huddleWeek: '2026-W46', text: 'Call the agency', doneAt: '2026-11-20T10:00:00.000Z' })],
    lastHuddleWeek: '2026-W46',
    icpVersionsSinceLast: [],
    labels: roleLabels({ sdrs: ['Ana'], aes: ['Ben'] }, '2026-W47'),
    isBlameless: false,
    ...over,
  }
}

describe('buildExportInput', () => {
  it('carries the huddle, numbers, walked handoff and what was said', () => {
    const input = buildExportInput(sources())
    expect(input).toMatchObject({
      week: '2026-W47',
      date: '2026-11-23',
      facilitator: 'Maya',
      attendees: ['Ana', 'Ben'],
    })
    expect(input.numbers).toMatchObject({
      booked: 12,
      lastWeek: { booked: 10 },
      reasonMix: [{ label: 'Too small', count: 3 }],
    })
    expect(input.numbers.fourWeekAvg).toBeUndefined()
    expect(input.strong).toMatchObject({
      company: 'Northwind',
      sdr: 'Ana',
      summary: 'New CFO',
      notes: 'Quoted the CFO.',
    })
    expect(input.weak).toBeUndefined()
    expect(input.sectionNotes.numbers).toBe('Volume up.')
  })

  it('splits calibration decisions from the others', () => {
    const input = buildExportInput(sources())
    expect(input.decisions).toEqual(['Ben covers Fridays'])
    expect(input.calibration.decisions).toEqual(['minimum company size 50 → 75'])
    expect(input.calibration.movers).toEqual([
      { dimension: 'Segment', value: 'SMB', thisQuarter: 0.8, lastQuarter: 0.4 },
    ])
  })

  it('lists this huddle’s items and the carried-over ones with their owners', () => {
    expect(buildExportInput(sources()).actionItems).toEqual([
      { text: 'Write the cover rota', owner: 'Maya', due: null, done: false },
      { text: 'Fix the checklist (carried over from 2026-W46)', owner: 'Ana', due: null, done: false },
    ])
  })

  it('shows role labels instead of names when blameless', () => {
    const input = buildExportInput(sources({ isBlameless: true }))
    expect(input.breachesByCause[0]!.people).toEqual(['SDR A ×7'])
    expect(input.strong).toMatchObject({ sdr: 'SDR A', ae: 'AE A' })
  })

  it('writes role labels, not names, into blameless Markdown notes', () => {
    const md = huddleToMarkdown(buildExportInput(sources({ isBlameless: true })))
    expect(md).toContain('| Budget signal missing | 7 | SDR A ×7 |')
    expect(md).not.toContain('Ana ×7')
  })

  it('writes role labels, not names, into blameless HTML (and so PDF) notes', () => {
    const html = huddleToHtml(buildExportInput(sources({ isBlameless: true })))
    expect(html).toContain('SDR A ×7')
    expect(html).not.toContain('Ana ×7')
  })

  it('renders to Markdown with the breaches by cause', () => {
    const md = huddleToMarkdown(buildExportInput(sources()))
    expect(md).toContain('| Budget signal missing | 7 | Ana ×7 |')
    expect(md).toContain('Write the cover rota')
  })
})

describe('notes on what the export carried', () => {
  it('never lists the same handoff as both strong and weak', () => {
    const walk = (id: string) => ({
      handoff: { id, company: 'Northwind', sdr: 'Ana', ae: 'Ben', discoverySummary: '', crmNotes: '' },
      criteria: [],
    })
    const input = buildExportInput(sources({ strong: walk('h1'), weak: walk('h1') }))
    expect(input.strong).toMatchObject({ company: 'Northwind' })
    expect(input.weak).toBeUndefined()
    expect(buildExportInput(sources({ strong: walk('h1'), weak: walk('h2') })).weak).toBeDefined()
  })

  it('never lists "(no category)" as a mover', () => {
    const blank: CalibrationRow = {
      ...sources().movers[0]!,
      dimension: 'triggerCategory',
      value: '(no category)',
      isBlank: true,
    }
    expect(buildExportInput(sources({ movers: [blank] })).calibration.movers).toEqual([])
  })

  it('says why each handoff was walked and marks criteria the export could not show', () => {
    const strong = {
      handoff: { id: 'h1', company: 'Northwind', sdr: 'Ana', ae: 'Ben', discoverySummary: '', crmNotes: '' },
      criteria: [
        {
          id: 'stack_budget' as const,
          label: 'Tech stack and budget',
          pass: false,
          isAssessed: false,
          source: 'suggested' as const,
        },
      ],
      why: 'Accepted by the AE.',
    }
    expect(buildExportInput(sources({ strong })).strong).toMatchObject({
      why: 'Accepted by the AE.',
      criteria: [{ label: 'Tech stack and budget', pass: null }],
    })
  })

  it('reports only the bookings move when a week carried no decision', () => {
    const base = sources()
    const thisWeek = {
      ...base.comparison.thisWeek,
      accepted: 0,
      rejected: 0,
      pending: 0,
      decisionCarried: 0,
      acceptanceRate: rateOf(0, 0, false),
    }
    expect(changesSinceLast({ ...base, comparison: { ...base.comparison, thisWeek } })).toContain(
      'Bookings 10 → 12 vs last week.',
    )
  })
})

describe('changesSinceLast', () => {
  it('names the last huddle, items done since and the rate move', () => {
    expect(changesSinceLast(sources())).toEqual([
      'Last huddle: 2026-W46.',
      'Done: Call the agency (Maya, agreed 2026-W46)',
      'Acceptance rate 50.0% → 66.7% (+17 pp) vs last week; bookings 10 → 12.',
    ])
  })
  it("ends a new ICP version's note with one full stop, whatever was typed", () => {
    const versions = [
      { effectiveWeek: '2026-W48', note: 'Under 75 rarely converts.' },
      { effectiveWeek: '2026-W49', note: 'Under 75 rarely converts' },
      { effectiveWeek: '2026-W50', note: '' },
    ]
    expect(changesSinceLast({ ...sources(), icpVersionsSinceLast: versions }).slice(-3)).toEqual([
      'New ICP version in force from 2026-W48: Under 75 rarely converts.',
      'New ICP version in force from 2026-W49: Under 75 rarely converts.',
      'New ICP version in force from 2026-W50.',
    ])
  })
  it('says so for the first huddle', () => {
    expect(changesSinceLast({ ...sources(), lastHuddleWeek: null, doneSinceLast: [] })[0]).toBe(
      'First huddle recorded in this app.',
    )
  })
})

it('names files by week', () => {
  expect(exportFileName('2026-W47', 'md')).toBe('huddle-2026-W47.md')
})
