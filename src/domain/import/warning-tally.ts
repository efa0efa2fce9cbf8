import { countOf, oneOrMany } from '../format'

/**
 * Problems that do not reject a row on their own, counted per kind so the report says each once
 * ("… on 40 imported rows (lines 2, 3, 5, 8, 9, …)") instead of once per row.
 */
export class WarningTally {
  private readonly tally = new Map<string, { summary: string; lines: number[]; count: number }>()

  add(key: string, summary: string, line: number): void {
    const t = this.tally.get(key) ?? { summary, lines: [], count: 0 }
    t.count++
    if (t.lines.length < 5) t.lines.push(line)
    this.tally.set(key, t)
  }

  list(): string[] {
    return [...this.tally.values()].map(
      (t) =>
        `${t.summary} on ${countOf(t.count, 'imported row')} (${oneOrMany(t.lines.length, 'line')} ${t.lines.join(', ')}${t.count > t.lines.length ? ', …' : ''})`,
    )
  }
}
