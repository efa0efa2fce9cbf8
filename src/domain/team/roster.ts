import { z } from 'zod'

/**
 * The team roster: who the people behind a CRM's owner columns are. CRMs export owners as user
 * ids (Salesforce `0051x…`, HubSpot numeric owner ids) or in several spellings ("Dana Reyes",
 * "dana.reyes@acme.com"); the huddle must show people, never ids. Each member lists the ids and
 * spellings that mean them; resolution maps a raw owner cell to the member's name.
 */
export const TEAM_ROLES = ['SDR', 'AE'] as const
export type TeamRole = (typeof TEAM_ROLES)[number]

export const teamMemberSchema = z.object({
  name: z.string().trim().min(1, 'Name is empty'),
  role: z.enum(TEAM_ROLES, { message: 'Role must be SDR or AE' }),
  /** Outsourced SDR agency; empty = in-house. */
  partner: z.string().trim(),
  /** Ids and spellings that mean this person (the name itself always does). */
  aliases: z.array(z.string().trim().min(1)),
})
export type TeamMember = z.infer<typeof teamMemberSchema>

export const rosterSchema = z.array(teamMemberSchema).superRefine((members, ctx) => {
  const owner = new Map<string, string>()
  members.forEach((m, i) => {
    for (const key of keysOf(m)) {
      const other = owner.get(key)
      if (other !== undefined && other !== m.name) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'aliases'],
          message: `"${key}" already means ${other}`,
        })
      } else owner.set(key, m.name)
    }
  })
})

/** Case and spacing do not matter in names and e-mail addresses. */
const aliasKey = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * Salesforce ids come as 15 case-sensitive characters or as 18 (the 15 plus a 3-character
 * checksum); reports mix both. An 18-character id also answers to its first 15.
 */
const SALESFORCE_ID_18 = /^[a-zA-Z0-9]{15}[A-Z0-5]{3}$/
const salesforce15 = (raw: string): string | null => {
  const t = raw.trim()
  return SALESFORCE_ID_18.test(t) && /\d/.test(t) ? t.slice(0, 15) : null
}

/**
 * The lookup key of a name, address or id. Names and e-mail addresses ignore case; CRM ids do
 * not (Salesforce's 15-character ids are case-sensitive: `…AbCd` and `…abcd` are two users).
 */
function lookupKey(raw: string): string {
  const t = raw.trim()
  return looksLikeId(t) ? `#${t}` : aliasKey(t)
}

function keysOf(m: TeamMember): string[] {
  return [m.name, ...m.aliases].map(lookupKey)
}

export interface ResolvedPerson {
  /** The member's name, or the raw cell when nobody on the roster answers to it. */
  name: string
  member: TeamMember | null
}

/** A lookup built once per roster (an import resolves every row through it). */
export interface RosterIndex {
  resolve(raw: string): ResolvedPerson
  readonly size: number
}

export function rosterIndex(roster: readonly TeamMember[]): RosterIndex {
  // A Map, not a plain object: keys come from files ("__proto__", "constructor").
  const byKey = new Map<string, TeamMember>()
  for (const m of roster) for (const key of keysOf(m)) if (!byKey.has(key)) byKey.set(key, m)
  return {
    size: roster.length,
    resolve(raw: string): ResolvedPerson {
      const trimmed = raw.trim()
      if (trimmed === '') return { name: '', member: null }
      const short = salesforce15(trimmed)
      const member = byKey.get(lookupKey(trimmed)) ?? (short === null ? undefined : byKey.get(`#${short}`)) ?? null
      return { name: member?.name ?? trimmed, member }
    },
  }
}

/**
 * Looks like a CRM user id rather than a person's name: digits (however few: small teams'
 * exports number their people 1, 2, 3…), or Salesforce's `005…` ids.
 */
export function looksLikeId(raw: string): boolean {
  const t = raw.trim()
  if (t === '') return false
  if (/^\d+$/.test(t)) return true
  if (/^005[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/.test(t)) return true
  return /^[a-zA-Z0-9_-]{12,}$/.test(t) && /\d/.test(t) && /[a-zA-Z]/.test(t) && !/\s/.test(t)
}

export interface UnknownPerson {
  /** The raw owner cell as the CRM exported it. */
  raw: string
  /** The column it was seen in. */
  role: TeamRole
  /** How many handoffs carry it. */
  count: number
  isId: boolean
}

/**
 * Owner cells nobody on the roster answers to, most frequent first: ids always (a screen must not
 * show "0051x000003AbCd"), names too so the manager can add them with a role in one click. An
 * entry with a `count` stands for that many handoffs (the CLI's report counts cells as it reads).
 */
export function unknownPeople(
  people: Iterable<{ sdrRaw: string; aeRaw: string; count?: number }>,
  index: RosterIndex,
): UnknownPerson[] {
  const tally = new Map<string, UnknownPerson>()
  // An owner column repeats a few dozen cells over every row: each distinct cell is resolved
  // once per role (null: empty or on the roster), then only counted.
  const cellsSeen: Record<TeamRole, Map<string, UnknownPerson | null>> = { SDR: new Map(), AE: new Map() }
  const see = (raw: string, role: TeamRole, count: number): void => {
    let person = cellsSeen[role].get(raw)
    if (person === undefined) {
      const t = raw.trim()
      if (t === '' || index.resolve(t).member !== null) person = null
      else {
        const key = `${role}\u0000${t}`
        person = tally.get(key) ?? { raw: t, role, count: 0, isId: looksLikeId(t) }
        tally.set(key, person)
      }
      cellsSeen[role].set(raw, person)
    }
    if (person) person.count += count
  }
  for (const p of people) {
    see(p.sdrRaw, 'SDR', p.count ?? 1)
    see(p.aeRaw, 'AE', p.count ?? 1)
  }
  return [...tally.values()].sort(
    (a, b) => Number(b.isId) - Number(a.isId) || b.count - a.count || a.raw.localeCompare(b.raw),
  )
}

/**
 * Adds `alias` to the person `name` answers to: a member of that name, or the member who already
 * answers to that spelling (one person, many ids and spellings); creates them with `role` when new.
 */
export function nameAlias(
  roster: readonly TeamMember[],
  alias: string,
  name: string,
  role: TeamRole,
  partner = '',
): TeamMember[] {
  const n = name.trim()
  const existing =
    roster.find((m) => aliasKey(m.name) === aliasKey(n)) ?? rosterIndex(roster).resolve(n).member ?? undefined
  if (!existing) return [...roster, { name: n, role, partner: partner.trim(), aliases: [alias.trim()] }]
  if (existing.aliases.some((a) => aliasKey(a) === aliasKey(alias))) return [...roster]
  return roster.map((m) => (m === existing ? { ...m, aliases: [...m.aliases, alias.trim()] } : m))
}

/**
 * The people the data already names (plain names, never CRM ids), each with the role of the
 * column that names them most often (SDR on a tie). A roster that starts takes them in, so naming
 * an id never turns a known name into an unknown one.
 */
export function peopleNamedIn(handoffs: Iterable<{ sdr: string; ae: string }>): TeamMember[] {
  const seen = new Map<string, { name: string; SDR: number; AE: number }>()
  const see = (raw: string, role: TeamRole): void => {
    const name = raw.trim().replace(/\s+/g, ' ')
    if (name === '' || looksLikeId(name)) return
    const key = aliasKey(name)
    const entry = seen.get(key) ?? { name, SDR: 0, AE: 0 }
    entry[role] += 1
    seen.set(key, entry)
  }
  for (const h of handoffs) {
    see(h.sdr, 'SDR')
    see(h.ae, 'AE')
  }
  return [...seen.values()]
    .map(({ name, SDR, AE }) => ({
      name,
      role: AE > SDR ? ('AE' as const) : ('SDR' as const),
      partner: '',
      aliases: [],
    }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name))
}

/**
 * Who joins a roster that starts now: the people the data names whom `next` does not answer to
 * yet. Empty when a roster already exists (it was started, and its owner chose who is on it).
 */
export function joinersOfNewRoster(
  current: readonly TeamMember[],
  next: readonly TeamMember[],
  namedInData: readonly TeamMember[],
): TeamMember[] {
  if (current.length > 0 || next.length === 0) return []
  const index = rosterIndex(next)
  return namedInData.filter((p) => index.resolve(p.name).member === null)
}
