import { carriedMaskOf } from '../domain/carried'
import { detached } from '../domain/detached'
import type { Handoff, HandoffField } from '../domain/handoff'
import type { RowSink } from '../domain/import/row-sink'
import { RunningWeekTally, type WeekCounts } from '../domain/metrics/week-counts'
import type { Settings } from '../domain/settings'

/** One owner cell's value in one column, and how many imported rows hold it. */
interface OwnerCount {
  raw: string
  count: number
}

/**
 * The report's counts of an export's imported rows, made as the rows are read: the weekly tally
 * and the owner cells, with a few numbers per row (its line and what it added) so a row replaced
 * by a later one with its CRM id can be taken back. No row is kept, so the report's memory does
 * not grow with the file.
 */
export class ReportRows implements RowSink {
  private plain: RunningWeekTally | null = null
  /** Counted beside `plain` while no note has used the template, when that would carry more. */
  private withTemplate: RunningWeekTally | null = null
  private usedTemplate = false
  private readonly lines: number[] = []
  private readonly plainTickets: number[] = []
  private readonly templateTickets: number[] = []
  private readonly sdrs = new Map<string, OwnerCount>()
  private readonly aes = new Map<string, OwnerCount>()
  private readonly rowOwners: OwnerCount[] = []
  private importedRows = 0

  constructor(
    private readonly settings: Settings,
    private readonly asOf: number,
  ) {}

  begin(carried: { plain: readonly HandoffField[]; withTemplate: readonly HandoffField[] }): void {
    const plain = carriedMaskOf(carried.plain)
    const withTemplate = carriedMaskOf(carried.withTemplate)
    this.plain = new RunningWeekTally(this.settings, this.asOf, plain)
    if (withTemplate !== plain) this.withTemplate = new RunningWeekTally(this.settings, this.asOf, withTemplate)
  }

  imported(line: number, handoff: Handoff, usesTemplate: boolean): void {
    // From the first note that uses the template on, the file carries its fields: the plain
    // count is no longer the file's.
    if (usesTemplate && this.withTemplate && !this.usedTemplate) {
      this.usedTemplate = true
      this.plain = null
    }
    this.lines.push(line)
    this.plainTickets.push(this.plain ? this.plain.add(handoff) : -1)
    this.templateTickets.push(this.withTemplate ? this.withTemplate.add(handoff) : -1)
    this.rowOwners.push(owner(this.sdrs, handoff.sdr), owner(this.aes, handoff.ae))
    this.importedRows++
  }

  replaced(index: number): number {
    if (this.plain) this.plain.remove(this.plainTickets[index]!)
    if (this.withTemplate) this.withTemplate.remove(this.templateTickets[index]!)
    this.rowOwners[2 * index]!.count--
    this.rowOwners[2 * index + 1]!.count--
    this.importedRows--
    return this.lines[index]!
  }

  /** Rows imported and not replaced. */
  get count(): number {
    return this.importedRows
  }

  /** The counts per booking week (see `weeklyCounts`), with the file's carried fields. */
  weeks(): WeekCounts[] {
    const tally = this.usedTemplate ? this.withTemplate : (this.plain ?? this.withTemplate)
    return tally ? tally.counts() : []
  }

  /** Each owner cell with the rows that hold it, as `unknownPeople` reads them. */
  owners(): { sdrRaw: string; aeRaw: string; count: number }[] {
    const held = (counts: Map<string, OwnerCount>) => [...counts.values()].filter((o) => o.count > 0)
    return [
      ...held(this.sdrs).map((o) => ({ sdrRaw: o.raw, aeRaw: '', count: o.count })),
      ...held(this.aes).map((o) => ({ sdrRaw: '', aeRaw: o.raw, count: o.count })),
    ]
  }
}

/** The count of an owner cell's value, made on first sight with a copy that holds no file text. */
function owner(counts: Map<string, OwnerCount>, raw: string): OwnerCount {
  let o = counts.get(raw)
  if (!o) {
    o = { raw: detached(raw), count: 0 }
    counts.set(o.raw, o)
  }
  o.count++
  return o
}
