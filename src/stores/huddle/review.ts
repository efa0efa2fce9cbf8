/**
 * What the huddle reviews, section by section: the numbers, the two walked handoffs, the SLA
 * breaches and the ICP calibration. Thin wiring over src/domain/huddle/; part of the huddle store.
 */
import { nowMs } from '@/domain/clock'
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import { scoresInWeeks, type StoredScore } from '@/db/score-repo'
import { listIcpVersions, type StoredIcpVersion } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import type { Icp, Settings } from '@/domain/settings'
import { isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import { previousQuarter, quarterFromKey, quarterOfWeek } from '@/domain/calendar/quarters'
import { missingFields } from '@/domain/rules/checklist'
import { suggestRubric } from '@/domain/rubric/suggest'
import { handoffTotal, latestScorePerScorer, scoreTotal } from '@/domain/rubric/scores'
import {
  compareWeeks,
  handoffsBehind,
  reasonMix,
  reasonSeries,
  rejectionsWithoutReasonColumn,
  type NumberKind,
} from '@/domain/huddle/numbers'
import { aeSlaCoverage, breachNotices, findBreaches, groupByCause, vagueRejections } from '@/domain/huddle/breaches'
import { huddleGaps } from '@/domain/huddle/not-carried'
import { AE_READING_ORDER } from '@/domain/huddle/walk-card'
import { notCarriedByAny } from '@/domain/carried'
import { recentPeople } from '@/domain/huddle/recent-people'
import { roleLabels, shownName, type PersonRole } from '@/domain/huddle/roles'
import {
  allMovers,
  barDisagreements,
  calibrationNotice,
  calibrationTable,
  isDecisionCarried,
  offeredDimensions,
  overallRow,
  icpChanges,
  proposalDecisionText,
} from '@/domain/huddle/calibration'
import {
  criteriaView,
  packageReading,
  sampleChoiceLabel,
  scoresByHandoff,
  suggestWalk,
  walkCandidates,
  type CriterionView,
  type PackageReading,
} from '@/domain/huddle/walk'
import { calibrationDecision } from '@/domain/huddle/decisions'
import { knownPeople } from '@/domain/huddle/session'
import type { WindowedHandoffs } from '@/domain/huddle/windows'
import type { WalkInput } from '@/domain/huddle/export-input'
import { useSettingsStore } from '../settings'
import { useIcpVersionsStore } from '../icp-versions'

export interface SampleChoice {
  id: string
  company: string
  sdr: string
  total: number | null
  label: string
}

export type WalkView = WalkInput & { handoff: StoredHandoff; criteria: CriterionView[] }

export function createHuddleReview(deps: {
  settings: ComputedRef<Settings>
  week: Ref<string>
  chosenIds: ComputedRef<{ strong: string | null; weak: string | null }>
  addDecisionText: (text: string) => void
  flush: () => Promise<void>
}) {
  const { settings, week } = deps
  /** The week's handoffs as facts (long texts clipped): the numbers, breaches and people. */
  const weekHandoffs = shallowRef<StoredHandoff[]>([])
  /**
   * The week's handoffs in full, texts included: the walk suggests its strong and weak examples
   * from their texts (a rubric reading of a clipped stub would not be the reading the card shows)
   * and shows them.
   */
  const fullHandoffs = shallowRef<StoredHandoff[]>([])
  const priorWeeks = shallowRef<StoredHandoff[][]>([])
  const thisQuarter = shallowRef<StoredHandoff[]>([])
  const lastQuarter = shallowRef<StoredHandoff[]>([])
  const scores = shallowRef<StoredScore[]>([])
  const sampleIds = shallowRef<string[]>([])
  const icpVersions = shallowRef<StoredIcpVersion[]>([])
  const asOf = ref(nowMs())
  /** null: follow presentation mode (blameless on while presenting). */
  const blamelessChoice = ref<boolean | null>(null)

  function load(loaded: {
    handoffs: WindowedHandoffs
    scores: StoredScore[]
    icpVersions: StoredIcpVersion[]
    asOf: number
  }): void {
    weekHandoffs.value = loaded.handoffs.week
    priorWeeks.value = loaded.handoffs.priorWeeks
    thisQuarter.value = loaded.handoffs.thisQuarter
    lastQuarter.value = loaded.handoffs.lastQuarter
    scores.value = loaded.scores
    icpVersions.value = loaded.icpVersions
    asOf.value = loaded.asOf
  }

  const currentWeek = (now = nowMs()): string => isoWeekOfDay(localDayOf(now, settings.value.timeZone))

  // ------------------------------------------------------------------ the numbers

  const comparison = computed(() => compareWeeks(weekHandoffs.value, priorWeeks.value))
  const reasons = computed(() => reasonMix(weekHandoffs.value))
  const reasonChart = computed(() => reasonSeries(reasons.value))
  const reasonsNotCarried = computed(() => rejectionsWithoutReasonColumn(weekHandoffs.value))
  const handoffsFor = (kind: NumberKind): StoredHandoff[] => handoffsBehind(weekHandoffs.value, kind)

  // ------------------------------------------------------------------ people

  const people = computed(() => knownPeople(weekHandoffs.value))
  /** Whom the start form offers: this week's people and those of the four weeks before. */
  const attendeeChoices = computed(() => recentPeople(weekHandoffs.value, priorWeeks.value))
  const labels = computed(() => roleLabels(people.value, week.value))
  const isBlameless = (isPresenting: boolean): boolean => blamelessChoice.value ?? isPresenting
  const nameOf = (role: PersonRole, name: string, isPresenting: boolean): string =>
    shownName(role, name, labels.value, isBlameless(isPresenting))

  // ------------------------------------------------------------------ walk two handoffs

  /** The week's handoffs by id: in full once read, else their facts. */
  const byId = computed(() => new Map([...weekHandoffs.value, ...fullHandoffs.value].map((h) => [h.id, h])))
  const scoresById = computed(() => scoresByHandoff(scores.value))
  const suggestedOf = (h: StoredHandoff) =>
    suggestRubric(h, missingFields(h, settings.value), {
      placeholders: settings.value.placeholders,
      requiredFields: settings.value.requiredFields,
    })
  /** The app's reading of a sampled package (criteria passing, of those the export can show). */
  const readingOf = (id: string): PackageReading | null => {
    const h = byId.value.get(id)
    return h ? packageReading(suggestedOf(h)) : null
  }
  const suggestion = computed(() =>
    suggestWalk(
      walkCandidates(
        weekHandoffs.value.map((h) => byId.value.get(h.id) ?? h),
        {
          sampleIds: sampleIds.value,
          scoresById: scoresById.value,
          settings: settings.value,
          icpVersions: icpVersions.value,
        },
      ),
      // A suggestion never repeats the facilitator's other pick: strong and weak differ.
      deps.chosenIds.value,
    ),
  )
  /** Some of the week's handoffs carried part of the package: the walk's suggestions read text. */
  const readsPackage = computed(
    () => notCarriedByAny(weekHandoffs.value, AE_READING_ORDER).length < AE_READING_ORDER.length,
  )
  const unscoredSample = computed(() => sampleIds.value.filter((id) => (scoresById.value[id] ?? []).length === 0))
  const sampleChoices = computed<SampleChoice[]>(() =>
    sampleIds.value.flatMap((id) => {
      const h = byId.value.get(id)
      if (!h) return []
      const own = scoresById.value[id] ?? []
      const total = handoffTotal(own)
      const label = sampleChoiceLabel(latestScorePerScorer(own).map(scoreTotal), readingOf(id))
      return [{ id, company: h.company || h.externalId, sdr: h.sdr, total, label }]
    }),
  )
  /** The handoff shown for `kind`: the facilitator's pick, else the suggestion. */
  const effectiveId = (kind: 'strong' | 'weak'): string | null => deps.chosenIds.value[kind] ?? suggestion.value[kind]
  function walkOf(kind: 'strong' | 'weak'): WalkView | null {
    const id = effectiveId(kind)
    const h = id ? byId.value.get(id) : undefined
    if (!h) return null
    const own = scoresById.value[h.id] ?? []
    const why = deps.chosenIds.value[kind] ? 'Chosen by the facilitator.' : suggestion.value.why[kind]
    return { handoff: h, criteria: criteriaView(own, own.length > 0 ? null : suggestedOf(h)), why }
  }
  const strong = computed(() => walkOf('strong'))
  const weak = computed(() => walkOf('weak'))

  /** After scoring on the spot: re-read this week's scores so the suggestion updates. */
  async function refreshScores(): Promise<void> {
    scores.value = await scoresInWeeks([week.value])
  }

  // ------------------------------------------------------------------ breaches

  const breachGroups = computed(() => groupByCause(findBreaches(weekHandoffs.value, settings.value, asOf.value)))
  const vague = computed(() => vagueRejections(weekHandoffs.value))
  /** Whether any of this week's handoffs came from an export with AE feedback: else "none" is no claim. */
  const isFeedbackCarried = computed(() => notCarriedByAny(weekHandoffs.value, ['aeFeedback']).length === 0)
  /** What this week's export did not carry of what the huddle reads: said once in the notes. */
  const notCarriedFields = computed(() => huddleGaps(weekHandoffs.value, settings.value))
  /** What the export did not carry of the decision, its time, the feedback and the checklist. */
  const aeSla = computed(() => aeSlaCoverage(weekHandoffs.value))
  const notCarriedText = computed(() => breachNotices(weekHandoffs.value, settings.value).join(' ') || null)

  // ------------------------------------------------------------------ calibration

  /** Groupings by a field the quarters' exports carried; none without the AE's decision. */
  const offered = computed(() =>
    isDecisionCarried(thisQuarter.value, lastQuarter.value)
      ? offeredDimensions(thisQuarter.value, lastQuarter.value)
      : [],
  )
  const calibration = computed(() =>
    offered.value.map((d) => ({
      dimension: d,
      rows: calibrationTable(thisQuarter.value, lastQuarter.value, d),
    })),
  )
  /** All handoffs, this quarter vs last: shown when no grouping can be offered but decisions can. */
  const calibrationOverall = computed(() =>
    isDecisionCarried(thisQuarter.value, lastQuarter.value) && offered.value.length === 0
      ? overallRow(thisQuarter.value, lastQuarter.value)
      : null,
  )
  const calibrationText = computed(() =>
    calibrationNotice(isDecisionCarried(thisQuarter.value, lastQuarter.value), offered.value),
  )
  const movers = computed(() => allMovers(calibration.value.map((c) => c.rows)))
  const disagreements = computed(() => barDisagreements(thisQuarter.value, settings.value, icpVersions.value))
  const quarterLabel = computed(() => {
    if (!week.value) return { now: '', before: '' }
    const q = quarterOfWeek(week.value, settings.value.fiscalYearStartMonth)
    return { now: q.label, before: quarterFromKey(previousQuarter(q.key), settings.value.fiscalYearStartMonth).label }
  })

  /**
   * Records a calibration decision; with `createVersion`, also a new ICP version in force from
   * `effectiveWeek` (through the ICP versions store, as Settings does) and the new current ICP.
   */
  async function proposeIcpChange(proposal: {
    next: Icp
    effectiveWeek: string
    note: string
    createVersion: boolean
  }): Promise<string> {
    const before = settings.value.icp
    const isNewVersion = proposal.createVersion && icpChanges(before, proposal.next).length > 0
    if (isNewVersion) {
      const result = await useSettingsStore().save({ ...settings.value, icp: proposal.next })
      if (!result.ok) throw new Error(Object.values(result.errors).join('; '))
      await useIcpVersionsStore().recordIfChanged(before, proposal.next, proposal.effectiveWeek, proposal.note.trim())
      icpVersions.value = await listIcpVersions()
    }
    const text = proposalDecisionText(
      before,
      proposal.next,
      proposal.note,
      isNewVersion ? proposal.effectiveWeek : null,
    )
    const decision = calibrationDecision(text)
    deps.addDecisionText(decision)
    await deps.flush()
    return decision
  }

  return {
    weekHandoffs,
    fullHandoffs,
    scores,
    sampleIds,
    icpVersions,
    asOf,
    blamelessChoice,
    load,
    currentWeek,
    comparison,
    reasons,
    reasonChart,
    reasonsNotCarried,
    handoffsFor,
    people,
    attendeeChoices,
    labels,
    isBlameless,
    nameOf,
    suggestion,
    unscoredSample,
    readsPackage,
    sampleChoices,
    strong,
    weak,
    refreshScores,
    breachGroups,
    vague,
    isFeedbackCarried,
    notCarriedFields,
    notCarriedText,
    aeSla,
    calibration,
    calibrationText,
    calibrationOverall,
    movers,
    disagreements,
    quarterLabel,
    proposeIcpChange,
  }
}
