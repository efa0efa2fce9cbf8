/**
 * One demo handoff, drafted from the week it is booked in: who booked it, for which prospect, how
 * complete the package is, how the AE decided and when. The checklist rule is the real one.
 * The steps below draw from the week's random stream in a fixed order: the same seed gives the
 * same demo only as long as that order stays as it is.
 */
import type { ContactInfluence, Handoff, HandoffStatus, RejectionReason, TriggerCategory } from '../handoff'
import { isFilled, preparePlaceholders } from '../rules/checklist'
import { DEFAULT_PLACEHOLDERS, DEFAULT_REQUIRED_FIELDS } from '../settings'
import {
  DEMO_AES,
  DEMO_SDRS,
  FIRST_NAMES,
  LAST_NAMES,
  OFF_TARGET_INDUSTRIES,
  TITLES,
  type DemoAe,
  type DemoSdr,
} from './catalog'
import { aboveBarReason, acceptanceProbability, pickOutcome, pipelineAmount } from './decisions'
import { newCompany, pickCampaign, pickInfluence, segmentOf, type Company } from './prospects'
import * as text from './texts'
import type { Tier } from './texts'
import {
  iso,
  nextBusinessDay,
  pickBooking,
  pickMeeting,
  pickResponse,
  type Booking,
  type Meeting,
  type Response,
} from './timing'
import type { WeekContext } from './week-context'

export interface Draft {
  handoff: Omit<Handoff, 'externalId' | 'recordingUrl'>
  hasRecording: boolean
  sortMs: number
}

const placeholders = preparePlaceholders(DEFAULT_PLACEHOLDERS)
const isMissing = (value: string): boolean => !isFilled(value, placeholders)

/** Who booked it, with which prospect and when: the draws every handoff starts with. */
interface Prospect {
  sdr: DemoSdr
  tier: Tier
  campaign: ReturnType<typeof pickCampaign>
  isDuplicate: boolean
  company: Company
  influence: ContactInfluence
  contactFirst: string
  contactTitle: string
  booking: Booking
  /** Moved when the AE answers after it (see `decide`). */
  meeting: Meeting
  category: TriggerCategory
}

type Package = Pick<
  Handoff,
  'crmNotes' | 'discoverySummary' | 'icpFit' | 'triggerEvent' | 'timing' | 'techStack' | 'budgetSignal'
>

/** The default quality bar applied to the draft, and the reason an AE gives when it is missed. */
interface BarVerdict {
  isAboveBar: boolean
  isHardMiss: boolean
  belowBarReason: RejectionReason | null
}

function pickProspect(w: WeekContext): Prospect {
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
  return {
    sdr,
    tier,
    campaign,
    isDuplicate,
    company,
    influence,
    contactFirst,
    contactTitle,
    booking,
    meeting,
    category,
  }
}

/** The SDR's package, as complete as the SDR's tier makes it. */
function writePackage(w: WeekContext, p: Prospect): { trigger: text.Trigger; fields: Package } {
  const { rng } = w
  const t: text.TextContext = {
    rng,
    tier: p.tier,
    company: p.company.company,
    companySize: p.company.companySize,
    industry: p.company.industry,
    contactFirst: p.contactFirst,
    contactTitle: p.contactTitle,
    month: Number(p.booking.day.slice(5, 7)) - 1,
  }
  const trigger = text.trigger(t, p.category)
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
  if (p.tier === 'middling' && rng.chance(0.2)) {
    const skipped = rng.pick(['techStack', 'budgetSignal', 'icpFit'] as const)
    fields[skipped] = text.blank(rng)
  }
  return { trigger, fields }
}

function judgeAgainstBar(p: Prospect, fields: Package): BarVerdict {
  const { company, influence } = p
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
  return { isAboveBar, isHardMiss: company.companySize < 50 || isOffTarget, belowBarReason }
}

/** The AE's decision and when it came; pending when the answer falls after the end of the demo. */
function decide(
  w: WeekContext,
  p: Prospect,
  ae: DemoAe,
  bar: BarVerdict,
  trigger: text.Trigger,
): { status: HandoffStatus; response: Response } {
  const { rng } = w
  const pAccept = acceptanceProbability({
    tier: p.tier,
    ae,
    isAboveBar: bar.isAboveBar,
    isHardMiss: bar.isHardMiss,
    category: trigger.triggerCategory,
    isCurrentQuarter: w.isCurrentQuarter,
  })
  let status: HandoffStatus = p.isDuplicate ? 'rejected' : rng.chance(pAccept) ? 'accepted' : 'rejected'

  // When would the AE have answered? After the end of the demo, it is still pending.
  const response = pickResponse(w, ae, p.booking)
  const stalePending = rng.chance([0.3, 0.15, 0.06, 0.03][w.weeksAgo] ?? 0.01)
  if (response.ms >= w.asOfMs || stalePending) status = 'pending'
  // AEs decide before the meeting (a date-only meeting starts at local midnight).
  const { meeting } = p
  if (status !== 'pending' && response.ms >= (meeting.isDateOnly ? w.clock.at(meeting.day, 0) : meeting.ms)) {
    meeting.day = nextBusinessDay(w.clock.dayOf(response.ms))
    meeting.ms = w.clock.at(meeting.day, meeting.minutes)
  }
  return { status, response }
}

/** A rejection's reason and the AE's feedback (specific, vague or none); now and then praise for a strong package. */
function aeFeedbackOn(
  w: WeekContext,
  p: Prospect,
  ae: DemoAe,
  status: HandoffStatus,
  bar: BarVerdict,
  trigger: text.Trigger,
): { rejectionReason: RejectionReason | null; aeFeedback: string } {
  const { rng } = w
  let rejectionReason: RejectionReason | null = null
  let aeFeedback = ''
  if (status === 'rejected') {
    rejectionReason = p.isDuplicate
      ? 'duplicate_or_existing'
      : (bar.belowBarReason ?? aboveBarReason(rng, trigger.triggerCategory, w.isCurrentQuarter))
    if (p.influence === 'unknown' && !bar.belowBarReason && rng.chance(0.5)) rejectionReason = 'no_authority'
    const isSpecific = rng.chance(ae.specific)
    aeFeedback = isSpecific
      ? text.specificFeedback(rng, rejectionReason, {
          companySize: p.company.companySize,
          industry: p.company.industry,
          contactTitle: p.contactTitle,
          company: p.company.company,
          otherAe: rng.pick(DEMO_AES.filter((a) => a !== ae)).name,
          triggerCategory: trigger.triggerCategory,
        })
      : rng.chance(0.85)
        ? text.vagueFeedback(rng)
        : ''
    // Vague AEs sometimes skip the structured reason too.
    if (!isSpecific && ae.specific < 0.3 && rng.chance(0.25)) rejectionReason = null
  } else if (status === 'accepted' && p.tier === 'strong' && rng.chance(0.15)) {
    aeFeedback = rng.pick(['Great prep, the quote made the call', 'Thanks, walked in ready', 'Solid package'])
  }
  return { rejectionReason, aeFeedback }
}

export function draftHandoff(w: WeekContext): Draft {
  const { rng } = w
  const p = pickProspect(w)
  const { trigger, fields } = writePackage(w, p)
  const ae = rng.pick(DEMO_AES)
  const bar = judgeAgainstBar(p, fields)
  const { status, response } = decide(w, p, ae, bar, trigger)
  const { rejectionReason, aeFeedback } = aeFeedbackOn(w, p, ae, status, bar, trigger)
  const { company, meeting } = p
  const outcome = status === 'accepted' && meeting.ms < w.asOfMs ? pickOutcome(rng, p.tier) : null
  const segment = segmentOf(company.companySize)

  return {
    handoff: {
      sdr: p.sdr.name,
      ae: ae.name,
      partner: p.sdr.partner,
      company: company.company,
      companySize: company.companySize,
      industry: company.industry,
      segment,
      campaign: p.campaign.name,
      source: p.campaign.source,
      contactName: `${p.contactFirst} ${rng.pick(LAST_NAMES)}`,
      contactTitle: p.contactTitle,
      contactInfluence: p.influence,
      bookedAt: p.booking.value,
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
    hasRecording: rng.chance(p.tier === 'strong' ? 0.6 : p.tier === 'middling' ? 0.15 : 0),
    sortMs: p.booking.ms,
  }
}
