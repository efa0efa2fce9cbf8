/**
 * The weekly sample to score (docs/product.md, "Weekly sample"): reproducible from the week (and a
 * salt the facilitator changes to redraw), spread across SDRs, and holding at least one accepted
 * and one rejected handoff when the week has any.
 */
import type { HandoffStatus } from '../handoff'
import { randomInt, seededRandom, shuffled } from '../random'

export interface SampleCandidate {
  id: string
  sdr: string
  status: HandoffStatus
}

const DEFAULT_SAMPLE_SIZE = 5

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const sampleSeed = (week: string, salt: string): string => `${week}|${salt}`

/** One candidate per id, ordered by id: the draw must not depend on the order rows arrived in. */
function canonical(handoffs: readonly SampleCandidate[]): SampleCandidate[] {
  const byId = new Map<string, SampleCandidate>()
  for (const h of handoffs) if (!byId.has(h.id)) byId.set(h.id, h)
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id))
}

/**
 * Draws `size` handoff ids (fewer when the week has fewer), sorted by id.
 *
 * 1. SDRs are put in a seeded order and each SDR's handoffs in a seeded order.
 * 2. One accepted and one rejected are taken first when the week has any, the rarer status first
 *    and each from an SDR not yet in the sample when possible, so the two land on different
 *    SDRs whenever the data allow it.
 * 3. The rest is round-robin: the next pick always goes to an SDR with the fewest picks so far
 *    (seeded order breaks ties), so no SDR appears twice while another is unrepresented — except
 *    when one SDR owns every accepted and every rejected handoff of the week and step 2 took both.
 */
export function drawSample(
  handoffs: readonly SampleCandidate[],
  week: string,
  size: number = DEFAULT_SAMPLE_SIZE,
  salt = '',
): string[] {
  const items = canonical(handoffs)
  const n = Math.max(0, Math.min(Math.floor(size), items.length))
  const random = seededRandom(sampleSeed(week, salt))
  const sdrs = shuffled([...new Set(items.map((h) => h.sdr))].sort(compareIds), random)
  const queues = new Map(
    sdrs.map((sdr) => [
      sdr,
      shuffled(
        items.filter((h) => h.sdr === sdr),
        random,
      ),
    ]),
  )
  const picks = new Map(sdrs.map((sdr) => [sdr, 0]))
  const picked: string[] = []

  const take = (sdr: string, index: number): void => {
    const queue = queues.get(sdr)!
    picked.push(queue[index]!.id)
    queue.splice(index, 1)
    picks.set(sdr, picks.get(sdr)! + 1)
  }
  const ownersOf = (status: HandoffStatus): string[] =>
    sdrs.filter((sdr) => queues.get(sdr)!.some((h) => h.status === status))
  const fewestPicks = (candidates: readonly string[]): string | undefined =>
    candidates.reduce<string | undefined>(
      (best, sdr) => (best === undefined || picks.get(sdr)! < picks.get(best)! ? sdr : best),
      undefined,
    )

  const decided = (['accepted', 'rejected'] as const)
    .map((status) => ({ status, owners: ownersOf(status).length }))
    .filter((d) => d.owners > 0)
    .sort((a, b) => a.owners - b.owners)
  for (const { status } of decided) {
    if (picked.length >= n) break
    const sdr = fewestPicks(ownersOf(status))!
    take(
      sdr,
      queues.get(sdr)!.findIndex((h) => h.status === status),
    )
  }

  while (picked.length < n) {
    const sdr = fewestPicks(sdrs.filter((s) => queues.get(s)!.length > 0))!
    take(sdr, 0)
  }
  return picked.sort(compareIds)
}

/** The salt after `salt`: '' → '1' → '2' …; a non-numeric salt gets a counter appended. */
export function nextSalt(salt: string): string {
  if (/^\d*$/.test(salt)) return String(Number(salt || '0') + 1)
  return `${salt}.1`
}

/** A fresh draw for the same week: the next salt (store it with the sample) and its ids. */
export function redraw(
  handoffs: readonly SampleCandidate[],
  week: string,
  size: number = DEFAULT_SAMPLE_SIZE,
  salt = '',
): { salt: string; ids: string[] } {
  const next = nextSalt(salt)
  return { salt: next, ids: drawSample(handoffs, week, size, next) }
}

/**
 * Replaces `removeId` in the sample (same position) with a seeded pick from `candidates` that is
 * not already in the sample. Preference, in order: keep the sample's accepted/rejected coverage
 * if the removed handoff was the only one of its status; the removed handoff's SDR; an SDR with
 * fewer picks. When nothing is left to pick, the sample just loses `removeId`; when `removeId`
 * is not in the sample, the sample comes back unchanged.
 */
export function swapOne(
  sample: readonly string[],
  removeId: string,
  candidates: readonly SampleCandidate[],
  week: string,
  salt = '',
): string[] {
  const at = sample.indexOf(removeId)
  if (at < 0) return [...sample]
  const items = canonical(candidates)
  const byId = new Map(items.map((h) => [h.id, h]))
  const removed = byId.get(removeId)
  const rest = sample.filter((id) => id !== removeId)
  const inSample = new Set(sample)
  const pool = items.filter((h) => !inSample.has(h.id))
  if (pool.length === 0) return rest

  const restStatuses = new Set(rest.map((id) => byId.get(id)?.status))
  const lostStatus =
    removed && removed.status !== 'pending' && !restStatuses.has(removed.status) ? removed.status : null
  const picks = new Map<string, number>()
  for (const id of rest) {
    const sdr = byId.get(id)?.sdr
    if (sdr !== undefined) picks.set(sdr, (picks.get(sdr) ?? 0) + 1)
  }
  const rank = (h: SampleCandidate): number[] => [
    lostStatus && h.status !== lostStatus ? 1 : 0,
    removed && h.sdr === removed.sdr ? 0 : 1,
    picks.get(h.sdr) ?? 0,
  ]
  const compareRanks = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
    return 0
  }
  const ranked = pool.map((h) => ({ h, rank: rank(h) }))
  const bestRank = ranked.reduce((best, x) => (compareRanks(x.rank, best) < 0 ? x.rank : best), ranked[0]!.rank)
  const top = ranked.filter((x) => compareRanks(x.rank, bestRank) === 0).map((x) => x.h)
  const random = seededRandom(`${sampleSeed(week, salt)}|swap|${removeId}`)
  const replacement = top[randomInt(random, top.length)]!

  const out = [...sample]
  out[at] = replacement.id
  return out
}
