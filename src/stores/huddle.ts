import { nowMs } from '@/domain/clock'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { handoffsInWeeks } from '@/db/handoff-repo'
import { getHuddle, huddleWeeks, listHuddles, saveHuddle, type HuddleSummary } from '@/db/huddle-repo'
import {
  addActionItem,
  doneItemsBefore,
  itemsForHuddle,
  updateActionItem,
  deleteActionItem,
} from '@/db/action-item-repo'
import { getSample, saveSample } from '@/db/sample-repo'
import { scoresInWeeks, type StoredScore } from '@/db/score-repo'
import { listIcpVersions, type StoredIcpVersion } from '@/db/icp-repo'
import type { StoredHandoff } from '@/domain/handoff'
import type { Icp } from '@/domain/settings'
import { AGENDA_SECTIONS, type AgendaSection } from '@/domain/settings'
import { addWeeks, isoWeekOfDay } from '@/domain/calendar/weeks'
import { localDayOf } from '@/domain/calendar/zoned'
import { previousQuarter, quarterFromKey, quarterOfWeek, weeksOfQuarter } from '@/domain/calendar/quarters'
import { missingFields } from '@/domain/rules/checklist'
import { suggestRubric } from '@/domain/rubric/suggest'
import { classify, handoffTotal, type RubricScore } from '@/domain/rubric/scores'
import { drawSample } from '@/domain/sample/weekly-sample'
import { agendaFromSettings } from '@/domain/huddle/agenda'
import { newHuddle, previousHuddleWeek, type Huddle } from '@/domain/huddle/huddle'
import * as timer from '@/domain/huddle/timer'
import {
  actionItemErrors,
  doneSinceLastHuddle,
  itemsOfHuddle,
  markDone,
  newActionItem,
  openCarriedOver,
  reopen,
  type ActionItem,
  type ActionItemDraft,
  type ActionItemField,
} from '@/domain/huddle/action-items'
import { compareWeeks, handoffsBehind, reasonMix, reasonSeries, type NumberKind } from '@/domain/huddle/numbers'
import { findBreaches, groupByCause, notCarried, vagueRejections } from '@/domain/huddle/breaches'
import { notCarriedMessage } from '@/domain/carried'
import { roleLabels, shownName, type PersonRole } from '@/domain/huddle/roles'
import { recentPeople } from '@/domain/huddle/recent-people'
import {
  allMovers,
  barDisagreements,
  calibrationTable,
  CALIBRATION_DIMENSIONS,
  icpChanges,
} from '@/domain/huddle/calibration'
import { criteriaView, suggestWalk, type CriterionView } from '@/domain/huddle/walk'
import { addDecision, calibrationDecision, removeDecision } from '@/domain/huddle/decisions'
import { addAttendees, defaultHuddleWeek, knownPeople, toggleAttendee } from '@/domain/huddle/session'
import { buildExportInput, exportFileName, type WalkInput } from '@/domain/huddle/export-input'
import { huddleToHtml, huddleToMarkdown } from '@/domain/huddle/notes-export'
import { desktop } from '@/platform/desktop'
import { useHandoffsStore } from './handoffs'
import { useSettingsStore } from './settings'
import { useIcpVersionsStore } from './icp-versions'
import { failureText } from '@/composables/use-db-errors'

/** Autosave waits this long after the last keystroke; a flush writes at once. */
export const AUTOSAVE_DELAY_MS = 400
/** While the timer runs, its elapsed time is saved this often (a crash loses at most this much). */
export const TIMER_SAVE_INTERVAL_MS = 5000

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export interface SampleChoice {
  id: string
  company: string
  sdr: string
  total: number | null
  label: string
}

export const useHuddleStore = defineStore('huddle', () => {
  const settingsStore = useSettingsStore()
  const settings = computed(() => settingsStore.settings)

  const week = ref('')
  const huddle = ref<Huddle | null>(null)
  const timerState = shallowRef<timer.TimerState>(timer.createTimer(AGENDA_SECTIONS.length))
  const agenda = computed(() => agendaFromSettings(settings.value.agendaMinutes))
  const currentSection = computed<AgendaSection>(() => agenda.value[timerState.value.sectionIndex]?.id ?? 'numbers')

  const weekHandoffs = shallowRef<StoredHandoff[]>([])
  const priorWeeks = shallowRef<StoredHandoff[][]>([])
  const thisQuarter = shallowRef<StoredHandoff[]>([])
  const lastQuarter = shallowRef<StoredHandoff[]>([])
  const scores = shallowRef<StoredScore[]>([])
  const sampleIds = shallowRef<string[]>([])
  const icpVersions = shallowRef<StoredIcpVersion[]>([])
  const items = shallowRef<ActionItem[]>([])
  const doneBefore = shallowRef<ActionItem[]>([])
  const otherHuddleWeeks = shallowRef<string[]>([])
  const history = shallowRef<HuddleSummary[]>([])
  const asOf = ref(nowMs())
  const isLoading = ref(false)
  const error = ref<string | null>(null)
  const saveState = ref<SaveState>('saved')
  /** null: follow presentation mode (blameless on while presenting). */
  const blamelessChoice = ref<boolean | null>(null)

  // ------------------------------------------------------------------ weeks

  const weeksWithData = computed(() => [...new Set(useHandoffsStore().rows.map((r) => r.week))].sort().reverse())
  const currentWeek = (now = nowMs()): string => isoWeekOfDay(localDayOf(now, settings.value.timeZone))
  const suggestedWeek = computed(() => defaultHuddleWeek(weeksWithData.value, currentWeek()))

  // ------------------------------------------------------------------ loading

  async function open(target: string, now = nowMs()): Promise<void> {
    await flush()
    stopTimerSaves()
    week.value = target
    isLoading.value = true
    error.value = null
    asOf.value = now
    try {
      const fy = settings.value.fiscalYearStartMonth
      const quarter = quarterOfWeek(target, fy).key
      const thisQuarterWeeks = weeksOfQuarter(quarter, fy).filter((w) => w <= target)
      const lastQuarterWeeks = weeksOfQuarter(previousQuarter(quarter), fy)
      const priorKeys = [1, 2, 3, 4].map((n) => addWeeks(target, -n))
      const allWeeks = [...new Set([target, ...priorKeys, ...thisQuarterWeeks, ...lastQuarterWeeks])]
      const [rows, stored, weekScores, sample, versions, ownAndCarried, done, huddleList] = await Promise.all([
        handoffsInWeeks(allWeeks),
        getHuddle(target),
        scoresInWeeks([target]),
        getSample(target),
        listIcpVersions(),
        itemsForHuddle(target),
        doneItemsBefore(target),
        huddleWeeks(),
      ])
      if (week.value !== target) return
      const byWeek = new Map<string, StoredHandoff[]>()
      for (const h of rows) byWeek.set(h.week, [...(byWeek.get(h.week) ?? []), h])
      weekHandoffs.value = byWeek.get(target) ?? []
      priorWeeks.value = priorKeys.map((w) => byWeek.get(w) ?? [])
      const inQuarter = new Set(thisQuarterWeeks)
      const inLastQuarter = new Set(lastQuarterWeeks)
      thisQuarter.value = rows.filter((h) => inQuarter.has(h.week))
      lastQuarter.value = rows.filter((h) => inLastQuarter.has(h.week))
      scores.value = weekScores
      icpVersions.value = versions
      items.value = ownAndCarried
      doneBefore.value = done
      otherHuddleWeeks.value = huddleList.filter((w) => w !== target)

      if (sample) sampleIds.value = sample.handoffIds
      else if (weekHandoffs.value.length > 0) {
        const ids = drawSample(
          weekHandoffs.value.map((h) => ({ id: h.id, sdr: h.sdr, status: h.status })),
          target,
          settings.value.sampleSize,
        )
        await saveSample({ week: target, handoffIds: ids, seed: '' })
        sampleIds.value = ids
      } else sampleIds.value = []

      if (stored) {
        huddle.value = stored.huddle
        const index = Math.max(
          0,
          agenda.value.findIndex((a) => a.id === stored.currentSection),
        )
        timerState.value = timer.timerFromElapsedSeconds(agenda.value, stored.huddle.elapsedSeconds, index)
        saveState.value = 'saved'
      } else {
        huddle.value = null
        timerState.value = timer.createTimer(agenda.value.length)
      }
    } catch (e) {
      error.value = `Could not open the huddle for ${target}: ${failureText(e)}`
    } finally {
      isLoading.value = false
    }
  }

  /** Starts this week's huddle: a new record with the facilitator, date and attendees. */
  async function start(
    fields: { date: string; facilitator: string; attendees: string[] },
    now = new Date(nowMs()),
  ): Promise<void> {
    if (!week.value) return
    huddle.value = newHuddle({ week: week.value, ...fields }, now.toISOString())
    timerState.value = timer.createTimer(agenda.value.length)
    await persist()
  }

  async function loadHistory(): Promise<void> {
    history.value = await listHuddles()
  }

  // ------------------------------------------------------------------ autosave

  let saveHandle: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()

  async function persist(now = nowMs()): Promise<void> {
    const h = huddle.value
    if (!h) return
    const snapshot: Huddle = {
      ...h,
      elapsedSeconds: timer.toElapsedSeconds(timerState.value, agenda.value, now),
      updatedAt: new Date(now).toISOString(),
    }
    const section = currentSection.value
    saveState.value = 'saving'
    writing = writing
      .then(() => saveHuddle(snapshot, section))
      .then(
        () => {
          if (saveState.value === 'saving') saveState.value = 'saved'
        },
        (e: unknown) => {
          saveState.value = 'error'
          error.value = `Could not save the huddle: ${failureText(e)}`
        },
      )
    await writing
  }

  /** Marks the huddle changed and writes it within AUTOSAVE_DELAY_MS of the last change. */
  function scheduleSave(): void {
    if (!huddle.value) return
    saveState.value = 'pending'
    if (saveHandle !== null) clearTimeout(saveHandle)
    saveHandle = setTimeout(() => {
      saveHandle = null
      void persist()
    }, AUTOSAVE_DELAY_MS)
  }

  /** Writes any pending change now (on leaving the screen, hiding the window, closing it). */
  async function flush(): Promise<void> {
    if (saveHandle !== null) {
      clearTimeout(saveHandle)
      saveHandle = null
      await persist()
    } else await writing
  }

  function update(change: (h: Huddle) => void): void {
    if (!huddle.value) return
    change(huddle.value)
    scheduleSave()
  }

  const setNotes = (key: string, text: string) => update((h) => (h.notes = { ...h.notes, [key]: text }))
  const setFacilitator = (name: string) => update((h) => (h.facilitator = name))
  const setDate = (day: string) => update((h) => (h.date = day))
  const toggleAttendeeName = (name: string) => update((h) => (h.attendees = toggleAttendee(h.attendees, name)))
  const addTypedAttendees = (typed: string) => update((h) => (h.attendees = addAttendees(h.attendees, typed)))
  const addDecisionText = (text: string) => update((h) => (h.decisions = addDecision(h.decisions, text)))
  const removeDecisionAt = (index: number) => update((h) => (h.decisions = removeDecision(h.decisions, index)))
  const pick = (kind: 'strong' | 'weak', id: string | null) =>
    update((h) => {
      if (kind === 'strong') h.strongHandoffId = id
      else h.weakHandoffId = id
    })

  // ------------------------------------------------------------------ timer

  let timerSaveHandle: ReturnType<typeof setInterval> | null = null
  function stopTimerSaves(): void {
    if (timerSaveHandle !== null) clearInterval(timerSaveHandle)
    timerSaveHandle = null
  }

  function applyTimer(next: timer.TimerState): void {
    if (next === timerState.value) return
    timerState.value = next
    stopTimerSaves()
    if (next.running) timerSaveHandle = setInterval(() => void persist(), TIMER_SAVE_INTERVAL_MS)
    void persist()
  }

  const toggleTimer = (now = nowMs()) => applyTimer(timer.toggle(timerState.value, now))
  const nextSection = (now = nowMs()) => applyTimer(timer.next(timerState.value, now))
  const previousSection = (now = nowMs()) => applyTimer(timer.previous(timerState.value, now))
  const goToSection = (index: number, now = nowMs()) => applyTimer(timer.goTo(timerState.value, index, now))

  async function finish(now = nowMs()): Promise<void> {
    if (!huddle.value) return
    timerState.value = timer.pause(timerState.value, now)
    stopTimerSaves()
    huddle.value.status = 'finished'
    await persist(now)
    await loadHistory()
  }

  async function resume(): Promise<void> {
    if (!huddle.value) return
    huddle.value.status = 'open'
    await persist()
  }

  // ------------------------------------------------------------------ the numbers

  const comparison = computed(() => compareWeeks(weekHandoffs.value, priorWeeks.value))
  const reasons = computed(() => reasonMix(weekHandoffs.value))
  const reasonChart = computed(() => reasonSeries(reasons.value))
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

  const byId = computed(() => new Map(weekHandoffs.value.map((h) => [h.id, h])))
  const scoresById = computed(() => {
    const map: Record<string, RubricScore[]> = {}
    for (const s of scores.value) (map[s.handoffId] ??= []).push(s)
    return map
  })
  /** The app's reading of a sampled package (0–5 criteria passing), for unscored handoffs. */
  const suggestedTotalOf = (id: string): number | null => {
    const h = byId.value.get(id)
    if (!h) return null
    const s = suggestRubric(h, missingFields(h, settings.value), {
      placeholders: settings.value.placeholders,
      requiredFields: settings.value.requiredFields,
    })
    return Object.values(s.criteria).filter((c) => c.pass).length
  }
  const suggestion = computed(() => suggestWalk(sampleIds.value, scoresById.value, suggestedTotalOf))
  const unscoredSample = computed(() => sampleIds.value.filter((id) => (scoresById.value[id] ?? []).length === 0))
  const sampleChoices = computed<SampleChoice[]>(() =>
    sampleIds.value.flatMap((id) => {
      const h = byId.value.get(id)
      if (!h) return []
      const total = handoffTotal(scoresById.value[id] ?? [])
      const suggested = total === null ? suggestedTotalOf(id) : null
      const label =
        total === null ? `not scored; reads as ${suggested ?? '?'}/5` : `${total.toFixed(1)}/5, ${classify(total)}`
      return [{ id, company: h.company || h.externalId, sdr: h.sdr, total, label }]
    }),
  )
  const chosen = (kind: 'strong' | 'weak'): string | null => {
    const picked = kind === 'strong' ? huddle.value?.strongHandoffId : huddle.value?.weakHandoffId
    return picked ?? suggestion.value[kind]
  }
  function walkOf(kind: 'strong' | 'weak'): (WalkInput & { handoff: StoredHandoff; criteria: CriterionView[] }) | null {
    const id = chosen(kind)
    const h = id ? byId.value.get(id) : undefined
    if (!h) return null
    const own = scoresById.value[h.id] ?? []
    const suggested =
      own.length > 0
        ? null
        : suggestRubric(h, missingFields(h, settings.value), {
      placeholders: settings.value.placeholders,
      requiredFields: settings.value.requiredFields,
    })
    return { handoff: h, criteria: criteriaView(own, suggested) }
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
  /** Required fields this week's export did not carry: said once, never as SDR breaches. */
  const notCarriedFields = computed(() => notCarried(weekHandoffs.value, settings.value))
  const notCarriedText = computed(() => notCarriedMessage(notCarriedFields.value.fields))

  // ------------------------------------------------------------------ calibration

  const calibration = computed(() =>
    CALIBRATION_DIMENSIONS.map((d) => ({
      dimension: d,
      rows: calibrationTable(thisQuarter.value, lastQuarter.value, d),
    })),
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
    const changes = icpChanges(before, proposal.next)
    const what = changes.length > 0 ? changes.join('; ') : 'no change to the ICP fields'
    let text = `${what}${proposal.note.trim() ? ` — ${proposal.note.trim()}` : ''}`
    if (proposal.createVersion && changes.length > 0) {
      const result = await settingsStore.save({ ...settings.value, icp: proposal.next })
      if (!result.ok) throw new Error(Object.values(result.errors).join('; '))
      await useIcpVersionsStore().recordIfChanged(before, proposal.next, proposal.effectiveWeek, proposal.note.trim())
      icpVersions.value = await listIcpVersions()
      text += ` (new ICP version in force from ${proposal.effectiveWeek})`
    } else text += ' (proposed; ICP unchanged)'
    const decision = calibrationDecision(text)
    addDecisionText(decision)
    await flush()
    return decision
  }

  // ------------------------------------------------------------------ action items

  const ownItems = computed(() => itemsOfHuddle(items.value, week.value))
  const carried = computed(() => openCarriedOver(items.value, week.value))
  const lastHuddleWeek = computed(() => previousHuddleWeek(otherHuddleWeeks.value, week.value))
  const doneSinceLast = computed(() =>
    doneSinceLastHuddle(doneBefore.value, week.value, lastHuddleWeek.value, settings.value.timeZone),
  )

  /** Adds an item agreed in this huddle; returns the messages when the draft is invalid. */
  async function addItem(
    draft: ActionItemDraft,
    now = new Date(nowMs()),
  ): Promise<Partial<Record<ActionItemField, string>>> {
    const errors = actionItemErrors(draft)
    if (Object.keys(errors).length > 0) return errors
    const saved = await addActionItem(newActionItem(draft, week.value, now.toISOString()))
    items.value = [...items.value, saved]
    return {}
  }

  async function setItemDone(item: ActionItem, isDone: boolean, now = new Date(nowMs())): Promise<void> {
    const next = isDone ? markDone(item, now.toISOString()) : reopen(item)
    await updateActionItem(next)
    items.value = items.value.map((i) => (i.id === item.id ? next : i))
    if (isDone && item.huddleWeek < week.value) doneBefore.value = [...doneBefore.value, next]
    if (!isDone) doneBefore.value = doneBefore.value.filter((i) => i.id !== item.id)
  }

  async function removeItem(item: ActionItem): Promise<void> {
    if (item.id === undefined) return
    await deleteActionItem(item.id)
    items.value = items.value.filter((i) => i.id !== item.id)
  }

  // ------------------------------------------------------------------ finish and export

  function exportInput(isPresenting: boolean) {
    const h = huddle.value
    if (!h) return null
    const last = lastHuddleWeek.value
    return buildExportInput({
      huddle: h,
      comparison: comparison.value,
      reasons: reasons.value,
      strong: strong.value,
      weak: weak.value,
      breaches: breachGroups.value,
      notCarried: notCarriedFields.value.phrase,
      movers: movers.value,
      items: ownItems.value,
      carried: carried.value,
      doneSinceLast: doneSinceLast.value,
      lastHuddleWeek: last,
      icpVersionsSinceLast: icpVersions.value.filter(
        (v) => (last === null || v.effectiveWeek > last) && v.effectiveWeek <= h.week && v.effectiveWeek !== '0001-W01',
      ),
      labels: labels.value,
      isBlameless: isBlameless(isPresenting),
    })
  }

  async function exportNotes(format: 'md' | 'html' | 'pdf', isPresenting = false): Promise<string | null> {
    await flush()
    const input = exportInput(isPresenting)
    if (!input) return null
    const api = desktop()
    const suggestedName = exportFileName(input.week, format)
    if (format === 'pdf') return (await api.printToPdf({ suggestedName }))?.path ?? null
    const text = format === 'md' ? huddleToMarkdown(input) : huddleToHtml(input)
    const filters = [
      format === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'HTML', extensions: ['html'] },
    ]
    const saved = await api.saveFile({ suggestedName, bytes: new TextEncoder().encode(text), filters })
    return saved?.path ?? null
  }

  return {
    week,
    huddle,
    timerState,
    agenda,
    currentSection,
    weekHandoffs,
    scores,
    sampleIds,
    icpVersions,
    asOf,
    isLoading,
    error,
    saveState,
    blamelessChoice,
    history,
    weeksWithData,
    suggestedWeek,
    currentWeek,
    open,
    start,
    loadHistory,
    flush,
    setNotes,
    setFacilitator,
    setDate,
    toggleAttendeeName,
    addTypedAttendees,
    addDecisionText,
    removeDecisionAt,
    pick,
    toggleTimer,
    nextSection,
    previousSection,
    goToSection,
    finish,
    resume,
    comparison,
    reasons,
    reasonChart,
    handoffsFor,
    people,
    attendeeChoices,
    isBlameless,
    nameOf,
    suggestion,
    unscoredSample,
    sampleChoices,
    strong,
    weak,
    refreshScores,
    breachGroups,
    vague,
    notCarriedText,
    calibration,
    movers,
    disagreements,
    quarterLabel,
    proposeIcpChange,
    ownItems,
    carried,
    lastHuddleWeek,
    doneSinceLast,
    addItem,
    setItemDone,
    removeItem,
    exportInput,
    exportNotes,
  }
})
