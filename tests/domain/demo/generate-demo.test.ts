import { describe, expect, it } from 'vitest'
import { handoffSchema, isDateOnly, type Handoff, type TriggerCategory } from '@/domain/handoff'
import { DEFAULT_PLACEHOLDERS, DEFAULT_REQUIRED_FIELDS } from '@/domain/settings'
import { addDays, addWeeks, isoWeekday, weekMonday, weekRange } from '@/domain/calendar/weeks'
import { localParts, dayOf, weekOf } from '@/domain/calendar/zoned'
import { VAGUE_FEEDBACK } from '@/domain/demo/catalog'
import { DEMO_GAINING_TRIGGER, DEMO_LOSING_TRIGGER, generateDemoHandoffs } from '@/domain/demo/generate-demo'
import { segmentOf } from '@/domain/demo/prospects'

const timeZone = 'America/New_York'
const endWeek = '2026-W47'
const rows = generateDemoHandoffs({ seed: 'test', endWeek, timeZone })

const ms = (v: string) => (isDateOnly(v) ? Date.parse(`${v}T00:00:00.000Z`) : Date.parse(v))
const isPlaceholder = (v: string) => DEFAULT_PLACEHOLDERS.includes(v.trim().toLowerCase())

/** Calendar quarter (fiscal year from January) of the week holding the booking: `2026-Q4`. */
function quarterOf(row: Handoff, tz: string): string {
  const thursday = addDays(weekMonday(weekOf(row.bookedAt, tz)), 3)
  return `${thursday.slice(0, 4)}-Q${Math.floor((Number(thursday.slice(5, 7)) - 1) / 3) + 1}`
}

function acceptanceRate(list: Handoff[], category: TriggerCategory, quarter: string, tz: string): number {
  const decided = list.filter(
    (r) => r.triggerCategory === category && r.status !== 'pending' && quarterOf(r, tz) === quarter,
  )
  return decided.filter((r) => r.status === 'accepted').length / decided.length
}

describe('generateDemoHandoffs', () => {
  it('returns the same rows for the same seed', () => {
    expect(generateDemoHandoffs({ seed: 'test', endWeek, timeZone })).toEqual(rows)
  })

  it('returns different rows for a different seed', () => {
    const other = generateDemoHandoffs({ seed: 'other', endWeek, timeZone })
    expect(other).not.toEqual(rows)
    expect(other.slice(0, 20).map((r) => r.company)).not.toEqual(rows.slice(0, 20).map((r) => r.company))
  })

  it('produces rows that all pass the Handoff schema, with unique DEMO ids', () => {
    for (const row of rows) handoffSchema.parse(row)
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length)
    expect(rows.every((r) => /^DEMO-\d{6}$/.test(r.externalId))).toBe(true)
  })

  it('covers 26 weeks ending at endWeek with about 40 handoffs a week', () => {
    const weeks = new Set(rows.map((r) => weekOf(r.bookedAt, timeZone)))
    expect([...weeks].sort()).toEqual(weekRange(addWeeks(endWeek, -25), endWeek))
    expect(rows.length).toBeGreaterThan(26 * 30)
    expect(rows.length).toBeLessThan(26 * 50)
  })

  it('honours weeks and perWeek', () => {
    const few = generateDemoHandoffs({ endWeek: '2027-W02', weeks: 4, perWeek: 10, timeZone: 'Europe/Berlin' })
    const weeks = new Set(few.map((r) => weekOf(r.bookedAt, 'Europe/Berlin')))
    expect([...weeks].sort()).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02'])
    expect(few.length).toBeGreaterThan(20)
    expect(few.length).toBeLessThan(60)
  })

  it('has at least six SDRs, some working for an outsourced partner, and at least four AEs', () => {
    const sdrs = new Map(rows.map((r) => [r.sdr, r.partner]))
    const partnerSdrs = [...sdrs].filter(([, partner]) => partner !== '')
    expect(sdrs.size).toBeGreaterThanOrEqual(6)
    expect(partnerSdrs.length).toBeGreaterThanOrEqual(2)
    expect(partnerSdrs.length).toBeLessThanOrEqual(3)
    expect(new Set(rows.map((r) => r.ae)).size).toBeGreaterThanOrEqual(4)
  })

  it('keeps segment consistent with company size and includes companies under 50 employees', () => {
    expect(rows.every((r) => r.companySize !== null && r.segment === segmentOf(r.companySize))).toBe(true)
    const sizes = rows.map((r) => r.companySize ?? 0)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5000)
    expect(sizes.filter((s) => s < 50).length).toBeGreaterThan(20)
    expect(new Set(rows.map((r) => r.segment))).toEqual(new Set(['SMB', 'Mid-Market', 'Enterprise']))
  })

  it('mixes campaigns, sources, industries and contact influence', () => {
    expect(new Set(rows.map((r) => r.campaign)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['Outbound', 'Inbound', 'Event', 'Referral']))
    expect(new Set(rows.map((r) => r.industry)).size).toBeGreaterThanOrEqual(7)
    expect(new Set(rows.map((r) => r.contactInfluence)).size).toBe(5)
  })

  it("quotes the prospect's own words in both curly and straight quotes", () => {
    expect(rows.some((r) => /“[^”]{10,}”/.test(r.discoverySummary))).toBe(true)
    expect(rows.some((r) => /"[^"]{10,}"/.test(r.discoverySummary))).toBe(true)
  })

  it('includes specific ICP signals, dated triggers, tech stacks and budget signals', () => {
    expect(rows.some((r) => /\d+ employees, hiring \d+ SDRs per LinkedIn/.test(r.icpFit))).toBe(true)
    expect(rows.some((r) => /started in \w+; wants a new process before Q\d planning/.test(r.triggerEvent))).toBe(true)
    expect(rows.some((r) => r.techStack.split(', ').length === 3)).toBe(true)
    expect(rows.some((r) => /Budget approved for Q\d, ~\$\d+k/.test(r.budgetSignal))).toBe(true)
  })

  it('includes weak packages: generic notes, placeholders and empty required fields', () => {
    const required = (r: Handoff) => DEFAULT_REQUIRED_FIELDS.map((f) => String(r[f] ?? ''))
    expect(rows.some((r) => ['wants to learn more', 'interested, wants demo'].includes(r.discoverySummary))).toBe(true)
    expect(rows.some((r) => r.icpFit === 'seems like a good fit')).toBe(true)
    expect(rows.some((r) => required(r).some(isPlaceholder))).toBe(true)
    expect(rows.some((r) => required(r).some((v) => v === ''))).toBe(true)
    expect(new Set(rows.flatMap(required).filter(isPlaceholder)).size).toBeGreaterThanOrEqual(4)
  })

  it('books some meetings on weekends, including late Sunday evening, and some date-only', () => {
    const instants = rows.filter((r) => !isDateOnly(r.bookedAt))
    const weekend = instants.filter((r) => isoWeekday(dayOf(r.bookedAt, timeZone)) > 5)
    const sundayNight = weekend.filter(
      (r) => isoWeekday(dayOf(r.bookedAt, timeZone)) === 7 && localParts(Date.parse(r.bookedAt), timeZone).hour >= 20,
    )
    const dateOnlyShare = (rows.length - instants.length) / rows.length
    expect(weekend.length).toBeGreaterThan(5)
    expect(sundayNight.length).toBeGreaterThan(0)
    expect(dateOnlyShare).toBeGreaterThan(0.04)
    expect(dateOnlyShare).toBeLessThan(0.13)
  })

  it('books weekday instants in team-local business hours', () => {
    const weekday = rows.filter((r) => !isDateOnly(r.bookedAt) && isoWeekday(dayOf(r.bookedAt, timeZone)) <= 5)
    const hours = weekday.map((r) => localParts(Date.parse(r.bookedAt), timeZone).hour)
    expect(hours.every((h) => h >= 8 && h <= 19)).toBe(true)
  })

  it('sets meetings 2 to 10 days after booking and AE decisions before the meeting', () => {
    for (const r of rows) {
      const days = (ms(r.meetingAt!) - ms(r.bookedAt)) / 86_400_000
      expect(days).toBeGreaterThan(1)
      expect(days).toBeLessThan(12)
      if (r.respondedAt) expect(ms(r.respondedAt)).toBeLessThan(ms(r.meetingAt!))
    }
  })

  it('answers most handoffs within a business day, some late, some decided without a date', () => {
    const decided = rows.filter((r) => r.status !== 'pending')
    const withDate = decided.filter((r) => r.respondedAt !== null)
    const hours = withDate.map((r) => (ms(r.respondedAt!) - ms(r.bookedAt)) / 3_600_000)
    expect(hours.filter((h) => h <= 30).length / withDate.length).toBeGreaterThan(0.6)
    expect(hours.filter((h) => h >= 48).length).toBeGreaterThan(40)
    expect(decided.length - withDate.length).toBeGreaterThan(10)
  })

  it('leaves pending handoffs without a response, with more of them in the latest weeks', () => {
    const pending = rows.filter((r) => r.status === 'pending')
    expect(pending.every((r) => r.respondedAt === null && r.rejectionReason === null && r.outcome === null)).toBe(true)
    const share = (week: string) => {
      const inWeek = rows.filter((r) => weekOf(r.bookedAt, timeZone) === week)
      return inWeek.filter((r) => r.status === 'pending').length / inWeek.length
    }
    expect(share(endWeek)).toBeGreaterThan(0.25)
    expect(share(endWeek)).toBeGreaterThan(share(addWeeks(endWeek, -10)))
    // Some open handoffs are long overdue: booked weeks before the end.
    expect(pending.some((r) => weekOf(r.bookedAt, timeZone) < addWeeks(endWeek, -3))).toBe(true)
  })

  it('gives rejections a reason that matches the weakness', () => {
    const rejected = rows.filter((r) => r.status === 'rejected')
    const tooSmall = rejected.filter((r) => r.rejectionReason === 'too_small')
    const noAuthority = rejected.filter((r) => r.rejectionReason === 'no_authority')
    expect(tooSmall.length).toBeGreaterThan(10)
    expect(tooSmall.every((r) => (r.companySize ?? 0) < 50)).toBe(true)
    expect(noAuthority.length).toBeGreaterThan(10)
    expect(noAuthority.every((r) => ['user', 'none', 'unknown'].includes(r.contactInfluence))).toBe(true)
    for (const reason of ['wrong_vertical', 'incomplete_handoff', 'bad_timing', 'duplicate_or_existing'] as const) {
      expect(rejected.some((r) => r.rejectionReason === reason)).toBe(true)
    }
    expect(rows.filter((r) => r.status !== 'rejected').every((r) => r.rejectionReason === null)).toBe(true)
  })

  it('rebooks a few companies, and the AE rejects the repeat as duplicate_or_existing', () => {
    const booked = new Set<string>()
    const repeats: Handoff[] = []
    for (const r of rows) {
      if (booked.has(r.company)) repeats.push(r)
      booked.add(r.company)
    }
    expect(booked.size / rows.length).toBeGreaterThan(0.9)
    expect(repeats.filter((r) => r.rejectionReason === 'duplicate_or_existing').length).toBeGreaterThan(10)
  })

  it('mixes specific AE feedback with vague feedback', () => {
    const feedback = rows.filter((r) => r.status === 'rejected').map((r) => r.aeFeedback)
    const vague = feedback.filter((f) => (VAGUE_FEEDBACK as readonly string[]).includes(f))
    expect(vague.length).toBeGreaterThan(20)
    expect(feedback.some((f) => /our minimum is 50/.test(f))).toBe(true)
    expect(feedback.some((f) => f === 'Contact is an intern, no budget authority')).toBe(true)
    expect(feedback.filter((f) => f.length > 30).length).toBeGreaterThan(vague.length)
  })

  it('accepts some handoffs below the bar and rejects some above it', () => {
    const below = (r: Handoff) =>
      (r.companySize ?? 0) < 50 ||
      !['decision_maker', 'influencer'].includes(r.contactInfluence) ||
      DEFAULT_REQUIRED_FIELDS.some((f) => {
        const v = String(r[f] ?? '')
        return v.trim() === '' || isPlaceholder(v)
      })
    expect(rows.filter((r) => r.status === 'accepted' && below(r)).length).toBeGreaterThan(20)
    expect(rows.filter((r) => r.status === 'rejected' && !below(r)).length).toBeGreaterThan(10)
  })

  it('records outcomes only for accepted meetings, with pipeline only for opportunities', () => {
    expect(rows.filter((r) => r.outcome !== null).every((r) => r.status === 'accepted')).toBe(true)
    expect(new Set(rows.map((r) => r.outcome))).toEqual(
      new Set([null, 'held', 'no_show', 'rescheduled', 'cancelled', 'opportunity_created']),
    )
    for (const r of rows) {
      if (r.outcome === 'opportunity_created') expect(r.pipelineAmount).toBeGreaterThan(0)
      else expect(r.pipelineAmount).toBeNull()
    }
  })

  describe('trigger categories whose acceptance moves between the last two quarters', () => {
    const cases = [
      { seed: 'test', endWeek: '2026-W47', tz: timeZone, now: '2026-Q4', before: '2026-Q3' },
      { seed: 'alpha', endWeek: '2026-W47', tz: 'Europe/Berlin', now: '2026-Q4', before: '2026-Q3' },
      { seed: 'beta', endWeek: '2027-W10', tz: 'Asia/Tokyo', now: '2027-Q1', before: '2026-Q4' },
    ]
    for (const c of cases) {
      it(`moves ${DEMO_GAINING_TRIGGER} up and ${DEMO_LOSING_TRIGGER} down by 25+ points (${c.seed}, ${c.endWeek})`, () => {
        const list =
          c.seed === 'test' ? rows : generateDemoHandoffs({ seed: c.seed, endWeek: c.endWeek, timeZone: c.tz })
        const change = (category: TriggerCategory) =>
          acceptanceRate(list, category, c.now, c.tz) - acceptanceRate(list, category, c.before, c.tz)
        expect(change(DEMO_GAINING_TRIGGER)).toBeGreaterThanOrEqual(0.25)
        expect(change(DEMO_LOSING_TRIGGER)).toBeLessThanOrEqual(-0.25)
      })
    }
  })
})
