/**
 * `report` against DuckDB on the same template CSV, both in this Node process: the app's CLI
 * (`main` from src/cli, output captured) and one DuckDB query computing the same weekly table
 * (`read_csv` of the same file, week in the team time zone, the SLA window of docs/product.md for the
 * default settings with no holidays, the default checklist and placeholders). The two tables are
 * compared row by row so the timing compares like with like. DuckDB is a dev dependency of the
 * bench only.
 */
import { Writable } from 'node:stream'
import { DuckDBInstance } from '@duckdb/node-api'
import { main as reportMain } from '../src/cli/index'
import type { WeekCounts as ReportWeek } from '../src/domain/metrics/week-counts'

/** The counts both sides compute; the report's `unknown` (what the file cannot support) is compared apart. */
type WeekCounts = Omit<ReportWeek, 'unknown'>
import { DEFAULT_PLACEHOLDERS, DEFAULT_REQUIRED_FIELDS } from '../src/domain/settings'
import { BENCH_END_WEEK, BENCH_TIME_ZONE } from './page/protocol'
import { weekMonday, addWeeks } from '../src/domain/calendar/weeks'
import { startOfLocalDay } from '../src/domain/calendar/zoned'

export interface ReportVersusDuckDb {
  rows: number
  weeks: number
  /** Median of `runs` in-process `report` calls (read, parse, weekly table, JSON). */
  reportMs: number[]
  /** Median of `runs` DuckDB runs (new in-memory instance, read_csv, the weekly query). */
  duckDbMs: number[]
  /** Weeks whose nine numbers differ between the two (0 = the same table). */
  mismatchedWeeks: number
}

const RUNS = 3
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`

/** The weekly table of `report` as SQL. Local wall-clock timestamps stand for instants. */
export function weeklySql(file: string, asOfLocal: string): string {
  const tz = quote(BENCH_TIME_ZONE)
  const placeholders = DEFAULT_PLACEHOLDERS.map(quote).join(', ')
  const missing = DEFAULT_REQUIRED_FIELDS.map(
    (f) => `(trim(coalesce("${f}", '')) = '' OR lower(trim("${f}")) IN (${placeholders}))`,
  ).join(' OR ')
  // Local wall time of a DateValue: date-only = local midnight, an instant converted to the zone.
  const local = (c: string) =>
    `CASE WHEN ${c} IS NULL OR ${c} = '' THEN NULL WHEN length(${c}) = 10 THEN CAST(CAST(${c} AS DATE) AS TIMESTAMP) ELSE timezone(${tz}, CAST(${c} AS TIMESTAMPTZ)) END`
  // d (a business day) + n business days, Monday–Friday.
  const addBd = (d: string, n: number) => `(${d} + INTERVAL (${n} + 2 * ((isodow(${d}) - 1 + ${n}) // 5)) DAY)`
  const onOrAfter = (d: string) => `(${d} + INTERVAL (CASE isodow(${d}) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END) DAY)`
  return `
WITH r AS (
  SELECT status, length(bookedAt) = 10 AS dateOnly, ${local('bookedAt')} AS booked,
    ${local('meetingAt')} AS meeting, ${local('respondedAt')} AS responded, (${missing}) AS incomplete
  FROM read_csv(${quote(file)}, header = true, all_varchar = true)
), w AS (
  SELECT *, strftime(booked, '%G-W%V') AS week,
    CASE
      WHEN dateOnly THEN ${addBd(onOrAfter('CAST(booked AS DATE)'), 1)} + INTERVAL 1 DAY
      WHEN isodow(booked) <= 5 THEN ${addBd('CAST(booked AS DATE)', 1)} + (booked - date_trunc('day', booked))
      ELSE CAST(${addBd(onOrAfter('CAST(booked AS DATE)'), 1)} AS TIMESTAMP)
    END AS due
  FROM r
), s AS (
  SELECT *, CASE WHEN meeting IS NOT NULL AND meeting < due THEN meeting ELSE due END AS deadline FROM w
)
SELECT week, count(*) AS booked,
  count(*) FILTER (status = 'accepted') AS accepted,
  count(*) FILTER (status = 'rejected') AS rejected,
  count(*) FILTER (status = 'pending') AS pending,
  count(*) FILTER (status <> 'pending' AND responded IS NOT NULL AND responded < deadline) AS onTime,
  count(*) FILTER (status <> 'pending' AND responded IS NOT NULL AND responded >= deadline) AS late,
  count(*) FILTER (status = 'pending' AND TIMESTAMP ${quote(asOfLocal)} >= deadline) AS openOverdue,
  count(*) FILTER (incomplete) AS incomplete
FROM s GROUP BY week ORDER BY week`
}

async function duckDbWeeks(sql: string): Promise<WeekCounts[]> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  const reader = await connection.runAndReadAll(sql)
  const rows = reader.getRowObjectsJS() as Record<string, unknown>[]
  connection.closeSync()
  instance.closeSync()
  return rows.map((r) => ({
    week: String(r.week),
    booked: Number(r.booked),
    accepted: Number(r.accepted),
    rejected: Number(r.rejected),
    pending: Number(r.pending),
    onTime: Number(r.onTime),
    late: Number(r.late),
    openOverdue: Number(r.openOverdue),
    incomplete: Number(r.incomplete),
  }))
}

async function reportWeeks(file: string, asOf: string): Promise<{ rows: number; weeks: ReportWeek[] }> {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const code = await reportMain(['report', file, '--tz', BENCH_TIME_ZONE, '--as-of', asOf], out as never)
  if (code !== 0) throw new Error(`report exited ${code}`)
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { rows: number; weeks: ReportWeek[] }
  return report
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await fn()
  return { ms: Math.round(performance.now() - t), value }
}

/** As of Monday 00:00 after the last week (as the metrics rows of the bench): the instant and its local time. */
export function benchAsOf(): { asOf: string; asOfLocal: string } {
  const monday = weekMonday(addWeeks(BENCH_END_WEEK, 1))
  return { asOf: new Date(startOfLocalDay(monday, BENCH_TIME_ZONE)).toISOString(), asOfLocal: `${monday} 00:00:00` }
}

export async function reportVersusDuckDb(file: string): Promise<ReportVersusDuckDb> {
  const { asOf, asOfLocal } = benchAsOf()
  const sql = weeklySql(file, asOfLocal)
  const reportMs: number[] = []
  const duckDbMs: number[] = []
  let report: { rows: number; weeks: ReportWeek[] } | undefined
  let duck: WeekCounts[] = []
  for (let i = 0; i < RUNS; i++) {
    const a = await timed(() => reportWeeks(file, asOf))
    reportMs.push(a.ms)
    report = a.value
    const b = await timed(() => duckDbWeeks(sql))
    duckDbMs.push(b.ms)
    duck = b.value
  }
  const byWeek = new Map(duck.map((w) => [w.week, JSON.stringify(w)]))
  // The bench file carries every column, so no week may list a key as unknown.
  const mismatchedWeeks = report!.weeks.filter(
    ({ unknown, ...w }) => unknown.length > 0 || byWeek.get(w.week) !== JSON.stringify(w),
  ).length
  return {
    rows: report!.rows,
    weeks: report!.weeks.length,
    reportMs,
    duckDbMs,
    mismatchedWeeks: mismatchedWeeks + Math.abs(duck.length - report!.weeks.length),
  }
}
