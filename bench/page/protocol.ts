/**
 * What the bench page (running in Chromium) and the bench runner (Node) exchange. Plain data
 * only: it crosses page.evaluate as JSON.
 */

/** Team time zone of every dataset, the browser context and the app's settings. */
export const BENCH_TIME_ZONE = 'Europe/Berlin'
/** The last ISO week the generated datasets cover. */
export const BENCH_END_WEEK = '2026-W47'
export const BENCH_WEEKS = 52

export interface Dataset {
  rows: number
  /** URL paths on the bench server. */
  csvPath: string
  jsonPath: string
  csvBytes: number
}

export interface HeapStats {
  /** usedJSHeapSize after a forced GC, before the measured work (MB). */
  baselineMb: number
  /** Largest usedJSHeapSize sampled during the measured work (MB). */
  peakMb: number
}

export interface ImportResult {
  rows: number
  ms: number
  heap: HeapStats
  /** Where the time went, in ms, in order. */
  phases: Record<string, number>
  written: number
}

/** The raw floor's import (parse + put into a primary-key-only store) and its reads in the same profile. */
export interface RawFloorResult extends ImportResult {
  /** One week's records by key (a get each). */
  weekMs: number
  weekRows: number
  /** getAll of the whole store. */
  readAllMs: number
}

/** A computation timed on its first (cold) call, then the median of the next few. */
export interface Timing {
  firstMs: number
  medianMs: number
}

export interface MetricsResult {
  weekRows: number
  /** computeMetrics over one week's handoffs: first call, then the median of the next five. */
  week: Timing
  trendWeeks: number
  /**
   * The Trends screen's charts over 52 weeks of 100k handoffs (facts per handoff, a tally per
   * week, then the weekly series): first call, then the median of the next three.
   */
  trendCharts: Timing
  /**
   * The whole Trends screen worked out in memory from facts (charts + SDR scorecard + weekly table
   * + quarter comparison + predictors): what a first open computes after reading the facts.
   */
  trendScreen: Timing
  /** Group by stored week + computeMetrics per week (a Weekly numbers screen for each of 52 weeks). */
  metricsPerWeek: Timing
  /** weeklyCounts (the `report` weeks table) over every handoff: first call. */
  weeklyCountsMs: number
}

/** Reads from the database an import left behind. */
export interface ReadBackResult {
  rows: number
  /** factsInWeeks([one week]) from IndexedDB + computeMetrics: the Weekly numbers screen's real path. */
  weekFromDbMs: number
  /** Of which the read alone (the rest is computeMetrics, on its first call). */
  weekFromDbReadMs: number
  weekFromDbRows: number
  /** allFacts(): the whole table, as the Handoffs screen has it once every page has loaded. */
  readAllMs: number
  /**
   * The whole Trends screen over the database (52 weeks and both compared quarters): first open
   * (summaries worked out from the facts and kept), then the median of three more opens.
   */
  trendScreenFromDb: Timing
}

export interface BenchApi {
  importApp(dataset: Dataset): Promise<ImportResult>
  importFloor(dataset: Dataset): Promise<ImportResult>
  importRawFloor(dataset: Dataset): Promise<RawFloorResult>
  metrics(dataset: Dataset): Promise<MetricsResult>
  readBack(dataset: Dataset): Promise<ReadBackResult>
}
