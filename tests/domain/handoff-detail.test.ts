import { describe, expect, it } from 'vitest'
import { formatInstant, handoffDetail } from '@/domain/handoff-detail'
import { defaultSettings } from '@/domain/settings'
import { toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'
import { carriedMaskOf } from '@/domain/carried'
import type { HandoffField, Handoff } from '@/domain/handoff'

/** A stored handoff whose import carried `carried` (toStored keeps the mask given with it). */
const stored = ({ carried, ...over }: Partial<Handoff> & { carried: number }) => ({
  ...toStored(aHandoff(over), 'crm', 'Europe/Berlin', null),
  carried,
})

const settings = defaultSettings('Europe/Berlin')
const asOf = Date.parse('2026-11-20T12:00:00.000Z')

describe('handoff detail', () => {
  it('names the missing fields with their labels', () => {
    const h = toStored(aHandoff({ techStack: 'n/a' }), 'crm', settings.timeZone, null)
    expect(handoffDetail(h, settings, [], asOf).missing.map((m) => m.label)).toEqual([
      'CRM notes',
      'Discovery summary',
      'ICP fit',
      'Trigger event',
      'Tech stack',
      'Budget signal',
    ])
  })

  it('lays out booked → deadline → responded with the state and the response time', () => {
    const h = toStored(
      aHandoff({ bookedAt: '2026-11-16T09:00:00.000Z', status: 'accepted', respondedAt: '2026-11-16T13:00:00.000Z' }),
      'crm',
      settings.timeZone,
      null,
    )
    const { sla } = handoffDetail(h, settings, [], asOf)
    expect(sla.state).toBe('on_time')
    expect(sla.responseHours).toBeCloseTo(4)
    expect(sla.timeline.map((p) => [p.kind, p.when])).toEqual([
      ['booked', 'Mon 2026-11-16 10:00'],
      ['responded', 'Mon 2026-11-16 14:00'],
      ['deadline', 'Tue 2026-11-17 10:00'],
    ])
  })

  it('measures the response in working hours when the settings say so: Monday 07:00 → 14:00 is 5 of 09:00–17:00', () => {
    const h = toStored(
      aHandoff({ bookedAt: '2026-11-16T06:00:00.000Z', status: 'accepted', respondedAt: '2026-11-16T13:00:00.000Z' }),
      'crm',
      settings.timeZone,
      null,
    )
    const working = { ...settings, responseTime: { ...settings.responseTime, unit: 'working_hours' as const } }
    expect(handoffDetail(h, settings, [], asOf).sla.responseHours).toBe(7)
    expect(handoffDetail(h, working, [], asOf).sla.responseHours).toBe(5)
  })

  it('ends a pending handoff’s timeline at now', () => {
    const h = toStored(aHandoff({ bookedAt: '2026-11-16T09:00:00.000Z' }), 'crm', settings.timeZone, null)
    const { sla } = handoffDetail(h, settings, [], asOf)
    expect(sla.state).toBe('open_overdue')
    expect(sla.timeline.at(-1)).toMatchObject({ kind: 'now', when: 'Fri 2026-11-20 13:00' })
  })

  it('judges the bar by the ICP version of the booking week and says which', () => {
    const h = toStored(
      aHandoff({ companySize: 60, bookedAt: '2026-11-17T10:00:00.000Z' }),
      'crm',
      settings.timeZone,
      null,
    )
    const versions = [{ effectiveWeek: '2026-W40', icp: { ...settings.icp, minCompanySize: 100 } }]
    const { bar } = handoffDetail(h, settings, versions, asOf)
    expect(bar.icpWeek).toBe('2026-W40')
    expect(bar.failures.map((f) => f.id)).toContain('too_small')
  })

  it('flags vague feedback, and a rejection without feedback as no feedback, not a specific one', () => {
    const rejected = (aeFeedback: string) =>
      handoffDetail(
        toStored(aHandoff({ status: 'rejected', aeFeedback }), 'crm', settings.timeZone, null),
        settings,
        [],
        asOf,
      )
    expect(rejected('not qualified').isFeedbackVague).toBe(true)
    expect(rejected('').isFeedbackVague).toBe(false)
    expect(rejected('').isFeedbackMissing).toBe(true)
    expect(rejected('under 20 employees, our minimum is 50').isFeedbackVague).toBe(false)
  })

  it('formats instants in the team zone, date-only values without a time', () => {
    expect(formatInstant(Date.parse('2026-11-22T23:30:00.000Z'), 'Europe/Berlin')).toBe('Mon 2026-11-23 00:30')
    expect(formatInstant(Date.parse('2026-11-22T23:00:00.000Z'), 'Europe/Berlin', true)).toBe('Mon 2026-11-23')
  })
})

describe('handoffDetail on a thin export', () => {
  const only = (...fields: HandoffField[]) => carriedMaskOf(['externalId', 'sdr', 'ae', 'bookedAt', ...fields])
  it('calls the bar not assessed, naming what the export lacks, never "below the bar"', () => {
    const d = handoffDetail(stored({ carried: only('status', 'respondedAt'), companySize: null }), settings, [], asOf)
    expect(d.bar).toMatchObject({ verdict: 'not_assessed', cleared: false, failures: [], disagreement: null })
    expect(d.bar.notCarried).toBe('this export has no company size, industry, contact influence or trigger')
    expect(d.isChecklistNotAssessed).toBe(true)
    expect(d.missing).toEqual([])
  })

  it('names the bar inputs left out beside a verdict on the others', () => {
    const d = handoffDetail(
      stored({ carried: only('status', 'companySize', 'crmNotes'), companySize: 500, crmNotes: 'Met Dana' }),
      settings,
      [],
      asOf,
    )
    expect(d.bar.verdict).toBe('cleared')
    expect(d.bar.notCarried).toBe('this export has no industry, contact influence and trigger')
  })

  it('says what to add to the export when it has no decision, and puts nothing in breach', () => {
    const d = handoffDetail(stored({ carried: only(), status: 'pending' }), settings, [], asOf)
    expect(d.sla.state).toBe('not_assessed')
    expect(d.sla.notAssessedNote).toMatch(/^Your export has no AE decision/)
    expect(d.sla.timeline.map((p) => p.kind)).not.toContain('now')
    expect(d.absent).toContain('status')
  })

  it('says the export has no decision time for a decided handoff without one', () => {
    const d = handoffDetail(stored({ carried: only('status'), status: 'accepted' }), settings, [], asOf)
    expect(d.sla.notAssessedNote).toMatch(
      /^Your export has no decision time: add the date the AE accepted or rejected each meeting/,
    )
  })
})
