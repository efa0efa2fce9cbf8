import {
  handoffSchema,
  type ContactInfluence,
  type Handoff,
  type HandoffStatus,
  type Outcome,
  type RejectionReason,
  type TriggerCategory,
} from '../handoff'
import { DEFAULT_PLACEHOLDERS, DEFAULT_REQUIRED_FIELDS } from '../settings'
import { addDays, addWeeks, dayNumber, isoWeekday, weekMonday } from '../calendar/weeks'
import { startOfLocalDay } from '../calendar/zoned'
import {
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  CORE_INDUSTRIES,
  DEMO_AES,
  DEMO_CAMPAIGNS,
  DEMO_SDRS,
  FIRST_NAMES,
  LAST_NAMES,
  OFF_TARGET_INDUSTRIES,
  TITLES,
  type DemoAe,
  type DemoSdr,
} from './catalog'
import { localClock, type LocalClock } from './local-clock'
import { createRng, type Rng } from './prng'
import * as text from './texts'
import type { Tier } from './texts'

/**
 * Realistic, deterministic demo handoffs for first launch, screenshots and tests: half a year of
 * weekly cohorts with strong and weak packages, SQL inflation, late and vague AEs, and two trigger
 * categories whose acceptance clearly moves between the last two quarters.
 */
export interface DemoOptions {
  /** Same seed, same data on every machine. Default {@link DEMO_DEFAULT_SEED}. */
  seed?: string
  /** ISO week of the last week generated, e.g. `2026-W47`. */
  endWeek: string
  /** How many weeks, ending at endWeek. Default 26. */
  weeks?: number
  /** Team time zone (IANA); bookings happen in its business hours. */
  timeZone: string
  /** Average handoffs per week. Default 40. */
  perWeek?: number
  /** First month (1–12) of the fiscal year, for the quarter-over-quarter trigger shift. Default 1. */
  fiscalYearStartMonth?: number
}

export const DEMO_DEFAULT_SEED = 'handoff-huddle-demo'
/** Acceptance of this trigger category rises sharply in endWeek's quarter vs the quarters before. */
export const DEMO_GAINING_TRIGGER: TriggerCategory = 'funding'
/** Acceptance of this trigger category falls sharply in endWeek's quarter. */
export const DEMO_LOSING_TRIGGER: TriggerCategory = 'tool_migration'

const MINUTE_MS = 60_000

export function generateDemoHandoffs(options: DemoOptions): Handoff[] {
  const { endWeek, timeZone } = options
  const weeks = options.weeks ?? 26
  const perWeek = options.perWeek ?? 40
  const fyStart = options.fiscalYearStartMonth ?? 1
  const rng = createRng(options.seed ?? DEMO_DEFAULT_SEED)
  const clock = localClock(timeZone)
  const asOfMs = startOfLocalDay(addDays(weekMonday(endWeek), 7), timeZone)
  const endQuarter = quarterIndex(endWeek, fyStart)
  const seen: Company[] = []
  const names = new Set<string>()

  const out: Handoff[] = []
  for (let i = 0; i < weeks; i++) {
    const weeksAgo = weeks - 1 - i
    const week = addWeeks(endWeek, -weeksAgo)
    const ctx: WeekContext = {
      rng,
      clock,
      monday: weekMonday(week),
      isCurrentQuarter: quarterIndex(week, fyStart) === endQuarter,
      weeksAgo,
      asOfMs,
      seen,
      names,
    }
    const growth = 0.9 + (0.2 * i) / Math.max(1, weeks - 1)
    const count = Math.max(1, Math.round(perWeek * growth * (0.75 + 0.5 * rng.next())))
    const drafts: Draft[] = []
    for (let j = 0; j < count; j++) drafts.push(draftHandoff(ctx))
    drafts.sort((a, b) => a.sortMs - b.sortMs)
    for (const d of drafts) {
      const externalId = `DEMO-${String(out.length + 1).padStart(6, '0')}`
      const recordingUrl = d.hasRecording ? `https://recordings.example.com/calls/${externalId.toLowerCase()}` : ''
      out.push({ ...d.handoff, externalId, recordingUrl })
    }
  }
  return out
}

/** Throws when a generated row breaks the Handoff contract; for tests and the demo loader. */
export function assertValidDemo(rows: Handoff[]): void {
  for (const row of rows) handoffSchema.parse(row)
}

// ---------------------------------------------------------------------------------------------

interface Company {
  company: string
  industry: string
  companySize: number
}

interface WeekContext {
  rng: Rng
  clock: LocalClock
  monday: string
  isCurrentQuarter: boolean
  weeksAgo: number
  asOfMs: number
  /** Companies booked so far: duplicates are drawn from them, new names avoid them. */
  seen: Company[]
  names: Set<string>
}

interface Draft {
  handoff: Omit<Handoff, 'externalId' | 'recordingUrl'>
  hasRecording: boolean
  sortMs: number
}

function draftHandoff(w: WeekContext): Draft {
  const { rng } = w
  const sdr = rng.weighted(DEMO_SDRS.map((s) => [s, s.volume] as const))
  const tier: Tier = rng.chance(sdr.strong) ? 'strong' : rng.chance(sdr.weak / (1 - sdr.strong)) ? 'weak' : 'middling'
  const campaign = pickCampaign(rng, sdr)
  const isDuplicate = w.seen.length > 20 && rng.chance(0.025)
  const company = isDuplicate ? rng.pick(w.seen) : newCompany(rng, tier, w.names)
  if (!isDuplicate) {
    w.seen.push(company)
    w.names.add(company.company)
  }
  const influence = pickInfluence(rng, tier)
  const contactFirst = rng.pick(FIRST_NAMES)
  const contactTitle = rng.pick(TITLES[influence])
  const booking = pickBooking(w, sdr)
  const meeting = pickMeeting(w, booking)
  const category = rng.weighted<TriggerCategory>([
    ['funding', 0.2],
    ['tool_migration', 0.2],
    ['new_hire', 0.18],
    ['leadership_change', 0.14],
    ['compliance_deadline', 0.14],
    ['other', 0.14],
  ])

  const t: text.TextContext = {
    rng,
    tier,
    company: company.company,
    companySize: company.companySize,
    industry: company.industry,
    contactFirst,
    contactTitle,
    month: Number(booking.day.slice(5, 7)) - 1,
  }
  const trigger = text.trigger(t, category)
  const fields = {
    crmNotes: text.crmNotes(t),
    discoverySummary: text.discoverySummary(t),
    icpFit: text.icpFit(t),
    triggerEvent: trigger.triggerEvent,
    timing: trigger.timing,
    techStack: text.techStack(t),
    budgetSignal: text.budgetSignal(t),
  }
  // Middling packages skip one required field now and then.
  if (tier === 'middling' && rng.chance(0.2)) {
    const skipped = rng.pick(['techStack', 'budgetSignal', 'icpFit'] as const)
    fields[skipped] = text.blank(rng)
  }

  const ae = rng.pick(DEMO_AES)
  const incomplete = DEFAULT_REQUIRED_FIELDS.some((f) => isMissing((fields as Record<string, string>)[f] ?? ''))
  const hasPainOrTrigger = !isMissing(fields.triggerEvent) || !isMissing(fields.discoverySummary)
  const isOffTarget = (OFF_TARGET_INDUSTRIES as readonly string[]).includes(company.industry)
  const hasAuthority = influence === 'decision_maker' || influence === 'influencer'
  const isAboveBar = company.companySize >= 50 && hasAuthority && hasPainOrTrigger && !incomplete
  const belowBarReason: RejectionReason | null =
    company.companySize < 50
      ? 'too_small'
      : isOffTarget
        ? 'wrong_vertical'
        : !hasAuthority && influence !== 'unknown'
          ? 'no_authority'
          : incomplete
            ? 'incomplete_handoff'
            : !hasPainOrTrigger
              ? 'no_pain_or_trigger'
              : null

  const pAccept = acceptanceProbability({
    tier,
    ae,
    isAboveBar,
    isHardMiss: company.companySize < 50 || isOffTarget,
    category: trigger.triggerCategory,
    isCurrentQuarter: w.isCurrentQuarter,
  })
  let status: HandoffStatus = isDuplicate ? 'rejected' : rng.chance(pAccept) ? 'accepted' : 'rejected'

  // When would the AE have answered? After the end of the demo, it is still pending.
  const response = pickResponse(w, ae, booking)
  const stalePending = rng.chance([0.3, 0.15, 0.06, 0.03][w.weeksAgo] ?? 0.01)
  if (response.ms >= w.asOfMs || stalePending) status = 'pending'
  // AEs decide before the meeting (a date-only meeting starts at local midnight).
  if (status !== 'pending' && response.ms >= (meeting.isDateOnly ? w.clock.at(meeting.day, 0) : meeting.ms)) {
    meeting.day = nextBusinessDay(w.clock.dayOf(response.ms))
    meeting.ms = w.clock.at(meeting.day, meeting.minutes)
  }

  let rejectionReason: RejectionReason | null = null
  let aeFeedback = ''
  if (status === 'rejected') {
    rejectionReason = isDuplicate
      ? 'duplicate_or_existing'
      : (belowBarReason ?? aboveBarReason(rng, trigger.triggerCategory, w.isCurrentQuarter))
    if (influence === 'unknown' && !belowBarReason && rng.chance(0.5)) rejectionReason = 'no_authority'
    const isSpecific = rng.chance(ae.specific)
    aeFeedback = isSpecific
      ? text.specificFeedback(rng, rejectionReason, {
          companySize: company.companySize,
          industry: company.industry,
          contactTitle,
          company: company.company,
          otherAe: rng.pick(DEMO_AES.filter((a) => a !== ae)).name,
          triggerCategory: trigger.triggerCategory,
        })
      : rng.chance(0.85)
        ? text.vagueFeedback(rng)
        : ''
    // Vague AEs sometimes skip the structured reason too.
    if (!isSpecific && ae.specific < 0.3 && rng.chance(0.25)) rejectionReason = null
  } else if (status === 'accepted' && tier === 'strong' && rng.chance(0.15)) {
    aeFeedback = rng.pick(['Great prep, the quote made the call', 'Thanks, walked in ready', 'Solid package'])
  }

  const outcome = status === 'accepted' && meeting.ms < w.asOfMs ? pickOutcome(rng, tier) : null
  const segment = segmentOf(company.companySize)

  return {
    handoff: {
      sdr: sdr.name,
      ae: ae.name,
      partner: sdr.partner,
      company: company.company,
      companySize: company.companySize,
      industry: company.industry,
      segment,
      campaign: campaign.name,
      source: campaign.source,
      contactName: `${contactFirst} ${rng.pick(LAST_NAMES)}`,
      contactTitle,
      contactInfluence: influence,
      bookedAt: booking.value,
      meetingAt: meeting.isDateOnly ? meeting.day : iso(meeting.ms),
      respondedAt:
        status === 'pending' || response.isMissing
          ? null
          : response.isDateOnly
            ? w.clock.dayOf(response.ms)
            : iso(response.ms),
      status,
      rejectionReason,
      aeFeedback,
      ...fields,
      triggerCategory: trigger.triggerCategory,
      outcome,
      pipelineAmount: outcome === 'opportunity_created' ? pipelineAmount(rng, segment) : null,
    },
    hasRecording: rng.chance(tier === 'strong' ? 0.6 : tier === 'middling' ? 0.15 : 0),
    sortMs: booking.ms,
  }
}

// --- who, what -----------------------------------------------------------------------------

function pickCampaign(rng: Rng, sdr: DemoSdr) {
  // Outsourced partners work outbound sequences almost exclusively.
  const pool = sdr.partner && rng.chance(0.85) ? DEMO_CAMPAIGNS.filter((c) => c.source === 'Outbound') : DEMO_CAMPAIGNS
  return rng.weighted(pool.map((c) => [c, c.weight] as const))
}

function newCompany(rng: Rng, tier: Tier, taken: ReadonlySet<string>): Company {
  const pOff = { strong: 0.02, middling: 0.06, weak: 0.14 }[tier]
  const pSmall = { strong: 0.03, middling: 0.1, weak: 0.3 }[tier]
  const industry = rng.chance(pOff) ? rng.pick(OFF_TARGET_INDUSTRIES) : rng.pick(CORE_INDUSTRIES)
  const suffixes = COMPANY_SUFFIXES[industry] ?? ['Inc']
  let company = ''
  // Redraw a few times so unrelated prospects rarely share a name (duplicates are deliberate).
  for (let tries = 0; tries < 8 && (company === '' || taken.has(company)); tries++) {
    const prefix = rng.pick(COMPANY_PREFIXES)
    const suffix = rng.pick(suffixes)
    company = suffix.startsWith('.') ? `${prefix}${suffix}` : `${prefix} ${suffix}`
  }
  let companySize: number
  if (rng.chance(pSmall)) companySize = rng.int(5, 48)
  else {
    const raw = 50 * Math.pow(100, rng.next())
    companySize = raw < 200 ? Math.round(raw) : Math.round(raw / 10) * 10
  }
  return { company, industry, companySize }
}

function pickInfluence(rng: Rng, tier: Tier): ContactInfluence {
  const weights: Record<Tier, [ContactInfluence, number][]> = {
    strong: [
      ['decision_maker', 0.6],
      ['influencer', 0.37],
      ['user', 0.03],
    ],
    middling: [
      ['decision_maker', 0.35],
      ['influencer', 0.4],
      ['user', 0.12],
      ['none', 0.03],
      ['unknown', 0.1],
    ],
    weak: [
      ['decision_maker', 0.15],
      ['influencer', 0.25],
      ['user', 0.25],
      ['none', 0.15],
      ['unknown', 0.2],
    ],
  }
  return rng.weighted(weights[tier])
}

export function segmentOf(companySize: number): string {
  return companySize < 200 ? 'SMB' : companySize < 1000 ? 'Mid-Market' : 'Enterprise'
}

// --- decisions -----------------------------------------------------------------------------

function acceptanceProbability(a: {
  tier: Tier
  ae: DemoAe
  isAboveBar: boolean
  isHardMiss: boolean
  category: TriggerCategory | null
  isCurrentQuarter: boolean
}): number {
  let p = a.isAboveBar ? (a.tier === 'strong' ? 0.92 : 0.8) : a.ae.lenient * (a.isHardMiss ? 0.6 : 1)
  const raise = (factor: number) => 1 - (1 - p) * factor
  if (a.category === DEMO_GAINING_TRIGGER) p = a.isCurrentQuarter ? raise(0.2) : p * 0.4
  if (a.category === DEMO_LOSING_TRIGGER) p = a.isCurrentQuarter ? p * 0.35 : raise(0.3)
  return p
}

/** Why an AE rejects a package that clears the bar: the ICP is stale or the AE is strict. */
function aboveBarReason(rng: Rng, category: TriggerCategory | null, isCurrentQuarter: boolean): RejectionReason {
  const shifted =
    (category === DEMO_GAINING_TRIGGER && !isCurrentQuarter) || (category === DEMO_LOSING_TRIGGER && isCurrentQuarter)
  if (shifted && rng.chance(0.8)) return 'bad_timing'
  return rng.weighted<RejectionReason>([
    ['bad_timing', 0.4],
    ['other', 0.3],
    ['no_pain_or_trigger', 0.15],
    ['duplicate_or_existing', 0.15],
  ])
}

function pickOutcome(rng: Rng, tier: Tier): Outcome {
  const opp = { strong: 0.45, middling: 0.3, weak: 0.12 }[tier]
  const noShow = { strong: 0.07, middling: 0.12, weak: 0.25 }[tier]
  return rng.weighted<Outcome>([
    ['opportunity_created', opp],
    ['held', 0.35],
    ['no_show', noShow],
    ['rescheduled', 0.1],
    ['cancelled', 0.07],
  ])
}

function pipelineAmount(rng: Rng, segment: string): number {
  const [lo, hi] = segment === 'SMB' ? [6_000, 25_000] : segment === 'Mid-Market' ? [25_000, 90_000] : [80_000, 400_000]
  return Math.round(rng.int(lo, hi) / 500) * 500
}

// --- time ----------------------------------------------------------------------------------

const iso = (ms: number): string => new Date(ms).toISOString()
const isWeekend = (day: string): boolean => isoWeekday(day) > 5

function nextBusinessDay(day: string): string {
  let d = addDays(day, 1)
  while (isWeekend(d)) d = addDays(d, 1)
  return d
}

function addBusinessDays(day: string, n: number): string {
  let d = day
  for (let i = 0; i < n; i++) d = nextBusinessDay(d)
  return d
}

interface Booking {
  value: string
  day: string
  /** Booking instant; a date-only booking counts from local midnight. */
  ms: number
  isDateOnly: boolean
  /** Minutes past local midnight; 0 for date-only. */
  minutes: number
}

function pickBooking(w: WeekContext, sdr: DemoSdr): Booking {
  const { rng, clock } = w
  const r = rng.next()
  const weekendShare = sdr.partner ? 0.06 : 0.025
  if (r < 0.08) {
    const day = addDays(w.monday, rng.chance(0.9) ? rng.int(0, 4) : rng.int(5, 6))
    return { value: day, day, ms: clock.at(day, 0), isDateOnly: true, minutes: 0 }
  }
  let day: string
  let minutes: number
  if (r < 0.08 + weekendShare) {
    const isSunday = rng.chance(0.5)
    day = addDays(w.monday, isSunday ? 6 : 5)
    minutes = isSunday ? rng.pick([20 * 60, 21 * 60 + 15, 22 * 60 + 45, 23 * 60 + 30]) : rng.int(9 * 12, 14 * 12) * 5
  } else {
    day = addDays(w.monday, rng.int(0, 4))
    minutes = rng.chance(0.05) ? rng.int(17 * 12, 19 * 12) * 5 : rng.int(8 * 12, 17 * 12) * 5
  }
  const ms = clock.at(day, minutes) + rng.int(0, 59) * 1000
  return { value: iso(ms), day, ms, isDateOnly: false, minutes }
}

interface Meeting {
  day: string
  minutes: number
  ms: number
  isDateOnly: boolean
}

function pickMeeting(w: WeekContext, booking: Booking): Meeting {
  const { rng, clock } = w
  let day = addDays(booking.day, rng.int(2, 10))
  if (isWeekend(day)) {
    const friday = addDays(day, 5 - isoWeekday(day))
    day = dayNumber(friday) - dayNumber(booking.day) >= 2 ? friday : nextBusinessDay(day)
  }
  const minutes = rng.int(18, 33) * 30
  return { day, minutes, ms: clock.at(day, minutes), isDateOnly: rng.chance(0.05) }
}

interface Response {
  ms: number
  isMissing: boolean
  isDateOnly: boolean
}

/**
 * Most AEs answer within the SLA (same day, or next business day before the booking's time of
 * day); some take 2–4 business days, some narrowly miss, some decide without recording when.
 */
function pickResponse(w: WeekContext, ae: DemoAe, booking: Booking): Response {
  const { rng, clock } = w
  // Weekend bookings count from the next business day; date-only bookings get all of it.
  const effectiveDay = isWeekend(booking.day) ? nextBusinessDay(booking.day) : booking.day
  const effectiveMinutes = isWeekend(booking.day) || booking.isDateOnly ? 0 : booking.minutes
  const isMissing = rng.chance(ae.missing)
  const isDateOnly = !isMissing && rng.chance(0.03)
  let ms: number
  if (rng.chance(ae.late)) {
    if (rng.chance(0.3) && effectiveMinutes > 0) {
      // Narrow miss: next business day, a little after the booking's time of day.
      ms = clock.at(nextBusinessDay(effectiveDay), effectiveMinutes) + rng.int(10, 180) * MINUTE_MS
    } else {
      ms = clock.at(addBusinessDays(effectiveDay, rng.int(2, 4)), rng.int(8 * 4, 18 * 4) * 15)
    }
  } else if (effectiveMinutes > 0 && effectiveMinutes <= 16 * 60 && rng.chance(0.55)) {
    // Same day, within a few hours.
    ms = clock.at(effectiveDay, effectiveMinutes) + rng.int(15, 150) * MINUTE_MS
  } else if (effectiveMinutes === 0) {
    // Counted from midnight: the effective day is always in time; a date-only booking also has
    // all of the next business day.
    const day = booking.isDateOnly && rng.chance(0.4) ? nextBusinessDay(effectiveDay) : effectiveDay
    ms = clock.at(day, rng.int(8 * 4, 18 * 4) * 15)
  } else {
    // Next business day, before the booking's time of day.
    const upper = effectiveMinutes - 10
    ms = clock.at(nextBusinessDay(effectiveDay), rng.int(Math.min(7 * 60 + 30, upper), upper))
  }
  return { ms, isMissing, isDateOnly }
}

function quarterIndex(week: string, fiscalYearStartMonth: number): number {
  const thursday = addDays(weekMonday(week), 3)
  const months = Number(thursday.slice(0, 4)) * 12 + Number(thursday.slice(5, 7)) - 1 - (fiscalYearStartMonth - 1)
  return Math.floor(months / 3)
}

const placeholders = new Set(DEFAULT_PLACEHOLDERS)
function isMissing(value: string): boolean {
  const v = value.trim().toLowerCase()
  return v === '' || placeholders.has(v)
}
