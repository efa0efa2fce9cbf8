/**
 * The bench page: app code (src/domain, src/db) run in Chromium and exposed as
 * `globalThis.bench` for bench/index.ts. Each call is one measurement in a fresh profile.
 */
import Papa from 'papaparse'
import { db } from '@/db/database'
import { allFacts, factsInWeeks, toStored } from '@/db/handoff-repo'
import { toFacts } from '@/domain/handoff-facts'
import { commitImport, planImport, sha256Hex } from '@/db/import-repo'
import { quarterOfWeek, weeksOfQuarter } from '@/domain/calendar/quarters'
import { addWeeks, weekMonday, weekRange } from '@/domain/calendar/weeks'
import { startOfLocalDay } from '@/domain/calendar/zoned'
import type { Handoff } from '@/domain/handoff'
import { parseExport } from '@/domain/import/pipeline'
import { computeMetrics, type MetricsContext } from '@/domain/metrics/metrics'
import { weeklyCounts } from '@/domain/metrics/week-counts'
import { defaultSettings } from '@/domain/settings'
import { quarterComparison } from '@/domain/trends/comparison'
import { handoffFacts, type HandoffFact } from '@/domain/trends/facts'
import { predictorsOfSummaries, rejectionPredictors } from '@/domain/trends/predictors'
import { scorecards, scorecardsOfSummaries } from '@/domain/trends/scorecards'
import { seriesOfTallies } from '@/domain/trends/series'
import { emptyTally, mergeTallies, talliesByWeek, talliesFor } from '@/domain/trends/tally'
import { loadWeekSummaries } from '@/db/trends-repo'
import { heapSampler } from './heap'
import { openRaw, readAllRaw, readKeysRaw, writeRaw } from './raw-floor'
import {
  BENCH_END_WEEK,
  BENCH_TIME_ZONE,
  type BenchApi,
  type Dataset,
  type ImportResult,
  type MetricsResult,
  type RawFloorResult,
  type ReadBackResult,
  type Timing,
} from './protocol'

const tz = BENCH_TIME_ZONE
/** The template preset's import source: what parseExport names a template CSV. */
const TEMPLATE_SOURCE = 'template'
/** A full week near the end of the data (the last generated week may be cut short). */
const WEEK = addWeeks(BENCH_END_WEEK, -1)

async function fetchBytes(path: string): Promise<Uint8Array> {
  const res = await fetch(path)
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

async function fetchHandoffs(path: string): Promise<Handoff[]> {
  const res = await fetch(path)
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return (await res.json()) as Handoff[]
}

const round = (ms: number) => Math.round(ms * 10) / 10

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[s.length >> 1]!
}

function metricsContext(): MetricsContext {
  return { settings: defaultSettings(tz), asOf: startOfLocalDay(weekMonday(addWeeks(BENCH_END_WEEK, 1)), tz) }
}

/** The app's import: hash (for the history) → parseExport → planImport → commitImport. */
async function importApp(d: Dataset): Promise<ImportResult> {
  const bytes = await fetchBytes(d.csvPath)
  await db().open()
  const heap = heapSampler()
  const startedAt = new Date().toISOString()
  const t0 = performance.now()
  const sha256 = await sha256Hex(bytes)
  const t1 = performance.now()
  const parsed = await parseExport(
    { fileName: `bench-${d.rows}.csv`, bytes },
    { timeZone: tz, onProgress: heap.sample },
  )
  const t2 = performance.now()
  heap.sample()
  const plan = await planImport(parsed.handoffs, parsed.importSource, tz)
  const t3 = performance.now()
  heap.sample()
  await commitImport(
    plan,
    {
      fileName: parsed.fileName,
      fileSize: bytes.length,
      sha256,
      mapping: parsed.mapping,
      rows: parsed.rows,
      rejected: parsed.rejected.length,
      startedAt,
    },
    { onProgress: heap.sample },
  )
  const t4 = performance.now()
  const stats = heap.stop()
  if (parsed.rows !== d.rows || plan.counts.new !== d.rows) {
    throw new Error(
      `Expected ${d.rows} new rows, got ${plan.counts.new} of ${parsed.rows} (${parsed.rejected.length} rejected)`,
    )
  }
  const written = await db().handoffs.count()
  db().close()
  return {
    rows: d.rows,
    ms: round(t4 - t0),
    heap: stats,
    phases: { sha256: round(t1 - t0), parse: round(t2 - t1), plan: round(t3 - t2), commit: round(t4 - t3) },
    written,
  }
}

/** The floor: decode + raw papaparse of the same file, bulkPut of the same records (1k batches, one transaction). */
async function importFloor(d: Dataset): Promise<ImportResult> {
  const bytes = await fetchBytes(d.csvPath)
  const now = new Date().toISOString()
  const records = (await fetchHandoffs(d.jsonPath)).map((h) => toStored(h, TEMPLATE_SOURCE, tz, 1, now))
  const database = db()
  await database.open()
  const heap = heapSampler()
  const t0 = performance.now()
  const text = new TextDecoder().decode(bytes)
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
  const t1 = performance.now()
  heap.sample()
  await database.transaction('rw', database.handoffs, async () => {
    for (let i = 0; i < records.length; i += 1000) {
      await database.handoffs.bulkPut(records.slice(i, i + 1000))
      heap.sample()
    }
  })
  const t2 = performance.now()
  const stats = heap.stop()
  if (parsed.data.length !== d.rows + 1)
    throw new Error(`papaparse read ${parsed.data.length} records for ${d.rows} rows + header`)
  const written = await database.handoffs.count()
  database.close()
  return {
    rows: d.rows,
    ms: round(t2 - t0),
    heap: stats,
    phases: { parse: round(t1 - t0), write: round(t2 - t1) },
    written,
  }
}

/**
 * The raw floor: decode + raw papaparse of the same file (as the floor above), then the same
 * stored records `put` into a plain IndexedDB store with only a primary key, one transaction. In
 * the same profile it then reads the whole store back with `getAll`, and one week's records by
 * key (a `get` each: the least work a week read can do without an index).
 */
async function importRawFloor(d: Dataset): Promise<RawFloorResult> {
  const bytes = await fetchBytes(d.csvPath)
  const now = new Date().toISOString()
  const records = (await fetchHandoffs(d.jsonPath)).map((h) => toStored(h, TEMPLATE_SOURCE, tz, 1, now))
  const weekIds = records.filter((r) => r.week === WEEK).map((r) => r.id)
  const database = await openRaw()
  const heap = heapSampler()
  const t0 = performance.now()
  const text = new TextDecoder().decode(bytes)
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
  const t1 = performance.now()
  heap.sample()
  await writeRaw(database, records)
  const t2 = performance.now()
  const stats = heap.stop()
  if (parsed.data.length !== d.rows + 1)
    throw new Error(`papaparse read ${parsed.data.length} records for ${d.rows} rows + header`)
  const t3 = performance.now()
  const week = await readKeysRaw(database, weekIds)
  const t4 = performance.now()
  const all = await readAllRaw(database)
  const t5 = performance.now()
  database.close()
  if (all.length !== d.rows) throw new Error(`Expected ${d.rows} raw records, found ${all.length}`)
  return {
    rows: d.rows,
    ms: round(t2 - t0),
    heap: stats,
    phases: { parse: round(t1 - t0), write: round(t2 - t1) },
    written: all.length,
    weekMs: round(t4 - t3),
    weekRows: week.length,
    readAllMs: round(t5 - t4),
  }
}

/**
 * `fn`'s first call, then the median of `runs` more. Each call starts after a forced GC, so a
 * collection of the previous call's garbage is not timed as part of this one.
 */
function timing(fn: () => unknown, runs: number): Timing {
  const gc = (globalThis as unknown as { gc?: () => void }).gc
  const time = () => {
    gc?.()
    const t = performance.now()
    fn()
    return performance.now() - t
  }
  const firstMs = time()
  const rest = Array.from({ length: runs }, time)
  return { firstMs: round(firstMs), medianMs: round(rest.length > 0 ? median(rest) : firstMs) }
}

async function metrics(d: Dataset): Promise<MetricsResult> {
  const now = new Date().toISOString()
  // As the app reads them: the compact facts of stored rows, each with the week it counts in.
  const all = (await fetchHandoffs(d.jsonPath)).map((h) => toFacts(toStored(h, TEMPLATE_SOURCE, tz, 1, now)))
  const ctx = metricsContext()
  const fiscalStart = ctx.settings.fiscalYearStartMonth
  const week = all.filter((h) => h.week === WEEK)
  const weeks = weekRange(addWeeks(BENCH_END_WEEK, -51), BENCH_END_WEEK)
  const quarterOf = (w: string) => quarterOfWeek(w, fiscalStart).key
  const quarters = [...new Set(weeks.map(quarterOf))]
  const [previousQuarter, currentQuarter] = quarters.slice(-2).map((q) => new Set(weeksOfQuarter(q, fiscalStart)))

  // What the Trends store (src/stores/trends.ts) does on opening the screen: facts and a tally per
  // week read, then its computeds, in the order the screen shows them.
  const read = () => {
    const set = handoffFacts(all, ctx)
    const factsByWeek = new Map<string, HandoffFact[]>()
    for (const f of set.facts) {
      const list = factsByWeek.get(f.week)
      if (list) list.push(f)
      else factsByWeek.set(f.week, [f])
    }
    return { set, factsByWeek, tallyByWeek: talliesByWeek(set.facts) }
  }
  const trendCharts = () => seriesOfTallies(talliesFor(read().tallyByWeek, weeks), weeks)
  const trendScreen = () => {
    const { set, factsByWeek, tallyByWeek } = read()
    const rangeFacts = weeks.flatMap((w) => factsByWeek.get(w) ?? [])
    const weekly = talliesFor(tallyByWeek, weeks)
    seriesOfTallies(weekly, weeks)
    mergeTallies(weekly)
    scorecards(rangeFacts, 'sdr', weeks)
    quarterComparison(
      mergeTallies(talliesFor(tallyByWeek, currentQuarter!)),
      mergeTallies(talliesFor(tallyByWeek, previousQuarter!)),
    )
    rejectionPredictors({ requiredFields: set.requiredFields, facts: rangeFacts }, quarterOf, quarters)
  }
  const metricsPerWeek = () => {
    const byWeek = new Map<string, Handoff[]>()
    for (const h of all) {
      const list = byWeek.get(h.week)
      if (list) list.push(h)
      else byWeek.set(h.week, [h])
    }
    return [...byWeek.keys()].sort().map((w) => computeMetrics(byWeek.get(w)!, ctx))
  }

  const weekTiming = timing(() => computeMetrics(week, ctx), 5)
  const weeklyCountsMs = timing(() => weeklyCounts(all, ctx.settings, ctx.asOf), 0).firstMs
  return {
    weekRows: week.length,
    week: weekTiming,
    trendWeeks: weeks.length,
    trendCharts: timing(trendCharts, 3),
    trendScreen: timing(trendScreen, 3),
    metricsPerWeek: timing(metricsPerWeek, 3),
    weeklyCountsMs: round(weeklyCountsMs),
  }
}

/**
 * The whole Trends screen as the app opens it, over the database: the week summaries of the range
 * and both compared quarters (kept ones, or worked out from the facts and kept), then everything
 * the screen draws from them: the charts, the total, the SDR scorecard, the quarter comparison and
 * the predictors.
 */
async function trendScreenFromDb(): Promise<void> {
  const ctx = metricsContext()
  const fiscalStart = ctx.settings.fiscalYearStartMonth
  const weeks = weekRange(addWeeks(BENCH_END_WEEK, -51), BENCH_END_WEEK)
  const quarterOf = (w: string) => quarterOfWeek(w, fiscalStart).key
  const quarters = [...new Set(weeks.map(quarterOf))]
  const [previous, current] = quarters.slice(-2).map((q) => weeksOfQuarter(q, fiscalStart))
  const wanted = [...new Set([...weeks, ...current!, ...previous!])]
  const byWeek = await loadWeekSummaries(wanted, ctx.settings, ctx.asOf)
  const talliesOf = (ws: readonly string[]) => ws.map((w) => byWeek.get(w)?.tally ?? emptyTally())
  const weekly = talliesOf(weeks)
  seriesOfTallies(weekly, weeks)
  mergeTallies(weekly)
  scorecardsOfSummaries(byWeek, 'sdr', weeks)
  quarterComparison(mergeTallies(talliesOf(current!)), mergeTallies(talliesOf(previous!)))
  predictorsOfSummaries(
    ctx.settings.requiredFields,
    weeks.flatMap((w) => byWeek.get(w) ?? []),
    quarterOf,
    quarters,
  )
}

/** Reads back what importApp left in this profile's database. */
async function readBack(d: Dataset): Promise<ReadBackResult> {
  // The app opens its database at start-up (the first screen reads it); a screen's read does not
  // pay for opening it, as the raw floor's reads do not.
  await db().open()
  const t0 = performance.now()
  const week = await factsInWeeks([WEEK])
  const tRead = performance.now()
  computeMetrics(week, metricsContext())
  const t1 = performance.now()
  const all = await allFacts()
  const t2 = performance.now()
  if (all.length !== d.rows) throw new Error(`Expected ${d.rows} stored handoffs, found ${all.length}`)
  // The first open works the summaries out and keeps them; later opens read them.
  await trendScreenFromDb()
  const t3 = performance.now()
  const warm: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    await trendScreenFromDb()
    warm.push(performance.now() - t)
  }
  db().close()
  return {
    rows: all.length,
    weekFromDbMs: round(t1 - t0),
    weekFromDbReadMs: round(tRead - t0),
    weekFromDbRows: week.length,
    readAllMs: round(t2 - t1),
    trendScreenFromDb: { firstMs: round(t3 - t2), medianMs: round(median(warm)) },
  }
}

const api: BenchApi = { importApp, importFloor, importRawFloor, metrics, readBack }
;(globalThis as unknown as { bench: BenchApi }).bench = api
