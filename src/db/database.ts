import Dexie, { type EntityTable } from 'dexie'
import type { StoredHandoff } from '@/domain/handoff'
import { toFacts, type HandoffFacts } from '@/domain/handoff-facts'
import { carriedByMapping, carriedMaskOf } from '@/domain/carried'
import { encodeBlock, groupByWeek, type FactBlock } from './fact-block-codec'
import type {
  ActionItemRow,
  HuddleRow,
  IcpVersionRow,
  ImportRunRow,
  ImportUndoRow,
  MappingRow,
  RubricScoreRow,
  SettingsRow,
  WeeklySampleRow,
  WeekSummaryRow,
} from './rows'

export const DB_NAME = 'handoff-huddle'

/**
 * The one database of the app. Every schema change is a new `version(n)` with upgrade code and a
 * migration test; never edit a shipped version.
 */
export class HuddleDatabase extends Dexie {
  handoffs!: EntityTable<StoredHandoff, 'id'>
  /** One week's facts per record (src/db/fact-block-codec.ts), written with the handoffs. */
  weekFacts!: EntityTable<FactBlock, 'week'>
  /** Each week's Trends numbers, kept until its handoffs, scores or the settings change. */
  weekSummaries!: EntityTable<WeekSummaryRow, 'week'>
  importRuns!: EntityTable<ImportRunRow, 'id'>
  importUndo!: EntityTable<ImportUndoRow, 'handoffId'>
  settings!: EntityTable<SettingsRow, 'key'>
  icpVersions!: EntityTable<IcpVersionRow, 'id'>
  rubricScores!: EntityTable<RubricScoreRow, 'id'>
  weeklySamples!: EntityTable<WeeklySampleRow, 'week'>
  huddles!: EntityTable<HuddleRow, 'week'>
  actionItems!: EntityTable<ActionItemRow, 'id'>
  mappings!: EntityTable<MappingRow, 'importSource'>

  constructor(name = DB_NAME) {
    super(name)
    this.version(1).stores({
      handoffs: 'id, &[importSource+externalId], week, [week+sdr], sdr, ae, status, bookedAt, importRunId',
      importRuns: '++id, startedAt, importSource',
      importUndo: '[runId+handoffId], runId',
      settings: 'key',
      icpVersions: '++id, effectiveWeek',
      rubricScores: '++id, handoffId, week, scorer',
      weeklySamples: 'week',
      huddles: 'week, status',
      actionItems: '++id, huddleWeek, doneAt, owner',
      mappings: 'importSource',
    })
    // v2: what each import carried. Runs record it from now on; older runs get it from the
    // mapping they recorded (those imports read nothing but its columns), and their handoffs are
    // marked with it. A run without a mapping (the demo) and hand-made rows stay unmarked:
    // everything carried.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        const masks = new Map<number, number>()
        await tx
          .table('importRuns')
          .toCollection()
          .modify((run: { id: number; mapping: unknown; carried?: string[] }) => {
            const carried = carriedByMapping(run.mapping)
            if (carried === null) return
            run.carried = carried
            masks.set(run.id, carriedMaskOf(carried))
          })
        for (const [runId, mask] of masks) {
          await tx
            .table('handoffs')
            .where('importRunId')
            .equals(runId)
            .modify((h: StoredHandoff) => {
              h.carried ??= mask
            })
        }
      })
    // v3: handoffs keep only their key (reads by week and the first screen go through the facts);
    // the compound index repeated the key (ids are `source::externalId`), and nothing queried
    // sdr, ae, status or [week+sdr]. Undo rows are found by their key's runId prefix; the rows a
    // run added by the facts' importRunId (a scan: undo is rare, imports are not).
    this.version(3)
      .stores({
        handoffs: 'id',
        facts: 'id, week',
        importUndo: '[runId+handoffId]',
      })
      .upgrade(async (tx) => {
        const facts = tx.table<HandoffFacts, string>('facts')
        await tx
          .table<StoredHandoff, string>('handoffs')
          .toCollection()
          .each((h) => void facts.put(toFacts(h)))
      })
    // v4: the facts move into one record per week (fact-block-codec.ts). A record per handoff
    // made every import write each handoff twice, and a week read clone two thousand records.
    // Trends keeps each week's numbers (weekSummaries), made again when they no longer hold.
    this.version(4)
      .stores({ facts: null, weekFacts: 'week', weekSummaries: 'week' })
      .upgrade(async (tx) => {
        const handoffs = await tx.table<StoredHandoff, string>('handoffs').toArray()
        const blocks = tx.table<FactBlock, string>('weekFacts')
        for (const [week, rows] of groupByWeek(handoffs)) await blocks.put(encodeBlock(week, rows))
      })
  }
}

/** The tables that change together whenever handoffs are written: every writer's transaction holds them. */
export function handoffTables(database: HuddleDatabase) {
  return [database.handoffs, database.weekFacts, database.weekSummaries]
}

let current: HuddleDatabase | null = null

/** The app's database; tests pass their own with a fresh name. */
export function db(): HuddleDatabase {
  current ??= new HuddleDatabase()
  return current
}

/** Points every repository at this database (tests: a fresh one each); not a composable. */
export function setDatabase(database: HuddleDatabase): void {
  current = database
}
