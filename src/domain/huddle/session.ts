/** Choosing the huddle's week and its people. */
import type { Handoff } from '../handoff'

/**
 * The week a new huddle reviews by default: the latest complete week (before `currentWeek`) that
 * has bookings, else the latest week with bookings at all; null without data. ISO week keys sort
 * as strings.
 */
export function defaultHuddleWeek(weeksWithData: readonly string[], currentWeek: string): string | null {
  const sorted = [...new Set(weeksWithData)].sort()
  const complete = sorted.filter((w) => w < currentWeek)
  return complete.at(-1) ?? sorted.at(-1) ?? null
}

const uniqueSorted = (names: Iterable<string>): string[] =>
  [...new Set([...names].map((n) => n.trim()).filter((n) => n !== ''))].sort((a, b) => a.localeCompare(b))

/** The SDRs and AEs named in the handoffs, each list sorted and without blanks or repeats. */
export function knownPeople(handoffs: readonly Pick<Handoff, 'sdr' | 'ae'>[]): { sdrs: string[]; aes: string[] } {
  return { sdrs: uniqueSorted(handoffs.map((h) => h.sdr)), aes: uniqueSorted(handoffs.map((h) => h.ae)) }
}

/** Adds a name (trimmed; case-insensitive repeats ignored) or removes it when already there. */
export function toggleAttendee(attendees: readonly string[], name: string): string[] {
  const clean = name.trim()
  if (clean === '') return [...attendees]
  const present = attendees.some((a) => a.toLowerCase() === clean.toLowerCase())
  return present ? attendees.filter((a) => a.toLowerCase() !== clean.toLowerCase()) : [...attendees, clean]
}

/** Adds typed names, comma- or newline-separated, skipping ones already there. */
export function addAttendees(attendees: readonly string[], typed: string): string[] {
  const out = [...attendees]
  for (const raw of typed.split(/[,\n]/)) {
    const name = raw.trim()
    if (name !== '' && !out.some((a) => a.toLowerCase() === name.toLowerCase())) out.push(name)
  }
  return out
}

/** Who ran and attended a huddle: what the next huddle's start form fills in. */
export interface HuddleCrew {
  week: string
  facilitator: string
  attendees: string[]
}

/**
 * The huddle whose facilitator and attendees the start form for `target` remembers: the latest
 * week before it that has a huddle, else the latest one after it (a huddle opened for an older
 * week); null when there is none.
 */
export function crewSourceWeek(huddleWeeks: readonly string[], target: string): string | null {
  const others = [...new Set(huddleWeeks)].filter((w) => w !== target).sort()
  return others.filter((w) => w < target).at(-1) ?? others.at(-1) ?? null
}

/**
 * The names outside the week's SDRs and AEs (typed ones, a manager, a partner's lead), in the
 * order given, so the start form can show them as choices too.
 */
export function otherAttendees(attendees: readonly string[], people: { sdrs: string[]; aes: string[] }): string[] {
  const known = new Set([...people.sdrs, ...people.aes].map((n) => n.toLowerCase()))
  return attendees.filter((a) => !known.has(a.toLowerCase()))
}
