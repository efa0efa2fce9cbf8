/**
 * Finding a time zone the way a manager thinks of it: a city ("new york", "berlin"), an
 * abbreviation ("ist", "cet"), a zone's name ("india standard time") or an offset ("+05:30",
 * "UTC-5"). Everything comes from Intl (no network, no bundled database); the offsets are those
 * in force at `now`, so summer time shows as it is today.
 */
import { offsetAt } from './zone-offsets'
import { MINUS } from '../format'

export interface ZoneChoice {
  /** The IANA name, the value saved. */
  id: string
  /** The city as people write it: "New York", "Ho Chi Minh". */
  city: string
  /** The region before the city: "America", "America/Argentina"; empty for "UTC". */
  region: string
  /** Minutes east of UTC at `now`. */
  offsetMinutes: number
  /** "UTC+05:30", "UTC−03:00", "UTC+00:00". */
  offset: string
  /** The zone's name in English at `now`: "India Standard Time". */
  longName: string
  /** Abbreviations people use: "IST"; "EST", "ET"; "CET". */
  abbreviations: string[]
  /** Other names for the same place (renamed cities, big cities in the zone), lower case. */
  aliases: string[]
}

/** Zones still named for a city's former name (engines keep the old IANA names): shown renamed. */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Europe/Kiev': 'Kyiv',
}

const INDIA = ['mumbai', 'delhi', 'new delhi', 'bangalore', 'bengaluru', 'chennai', 'hyderabad', 'pune']

/** Big cities people type for a zone, lower case. */
const ALIASES: Record<string, string[]> = {
  'Asia/Calcutta': INDIA,
  'Asia/Kolkata': ['calcutta', ...INDIA],
  'America/New_York': ['boston', 'miami', 'atlanta', 'washington'],
  'America/Chicago': ['dallas', 'houston', 'austin'],
  'America/Denver': ['salt lake city'],
  'America/Los_Angeles': ['san francisco', 'seattle', 'san diego'],
  'Europe/Berlin': ['munich', 'frankfurt', 'hamburg'],
  'Australia/Sydney': ['canberra'],
  'Asia/Shanghai': ['beijing'],
}

/** "UTC+05:30" for 330 minutes; "UTC−03:00" for −180. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? MINUS : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

function longNameOf(id: string, now: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'long' }).formatToParts(now)
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
  } catch {
    return ''
  }
}

/**
 * Abbreviations from the English name's initials: "India Standard Time" → IST, "Pacific Standard
 * Time" → PST and PT; "Central European Standard Time" → CET (without "Standard", as Europe
 * writes it). Names that are offsets ("GMT+03:00") give none.
 */
function abbreviationsOf(longName: string): string[] {
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(longName)) return []
  const words = longName.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w))
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('')
  const out = new Set([initials(words), initials(words.filter((w) => w !== 'Standard'))])
  return [...out].filter((a) => a.length >= 2)
}

/** Every zone as a choice, with its offset and names at `now`, sorted by offset then city. */
export function zoneChoices(ids: readonly string[], now: number): ZoneChoice[] {
  const unique = [...new Set(ids)]
  return unique
    .map((id): ZoneChoice => {
      const slash = id.lastIndexOf('/')
      const offsetMinutes = Math.round(offsetAt(now, id) / 60_000)
      const longName = longNameOf(id, now)
      const named = id.slice(slash + 1).replace(/_/g, ' ')
      const city = RENAMED[id] ?? named
      return {
        id,
        city,
        region: slash < 0 ? '' : id.slice(0, slash).replace(/_/g, ' '),
        offsetMinutes,
        offset: formatUtcOffset(offsetMinutes),
        longName,
        abbreviations: abbreviationsOf(longName),
        aliases: [...(city === named ? [] : [named.toLowerCase()]), ...(ALIASES[id] ?? [])],
      }
    })
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city))
}

/** "+05:30", "+5:30", "utc+5", "GMT-3", "−03:00" as minutes east of UTC; null otherwise. */
export function parseOffsetQuery(query: string): number | null {
  const m = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim())
  if (!m) return null
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 14 || minutes > 59) return null
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes)
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s/_,().-]+/)
    .filter(Boolean)

/**
 * How well a choice answers the query: 0 is best; null when it does not. The city or IANA name
 * itself first, then an abbreviation, then a city that starts with the query, then every word of
 * the query starting a word of the zone's names.
 */
function rank(choice: ZoneChoice, query: string, queryWords: string[]): number | null {
  const q = query.toLowerCase()
  const city = choice.city.toLowerCase()
  if (city === q || choice.id.toLowerCase() === q || choice.aliases.includes(q)) return 0
  if (choice.abbreviations.some((a) => a.toLowerCase() === q)) return 1
  if (city.startsWith(q) || choice.aliases.some((a) => a.startsWith(q))) return 2
  const haystack = [
    ...words(choice.id),
    ...words(choice.longName),
    ...choice.aliases.flatMap(words),
    ...choice.abbreviations.map((a) => a.toLowerCase()),
  ]
  if (queryWords.every((w) => haystack.some((h) => h.startsWith(w)))) return 3
  return null
}

const isBig = (choice: ZoneChoice): number => (Object.hasOwn(ALIASES, choice.id) ? 1 : 0)

/** The choices that answer the query, best first (all of them, by offset, for an empty query). */
export function searchZones(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const q = query.trim()
  if (q === '') return [...choices]
  const offset = parseOffsetQuery(q)
  if (offset !== null) return choices.filter((c) => c.offsetMinutes === offset)
  if (/^(utc|gmt)$/i.test(q)) return choices.filter((c) => c.offsetMinutes === 0)
  const queryWords = words(q)
  return (
    choices
      .map((choice) => ({ choice, score: rank(choice, q, queryWords) }))
      .filter((r): r is { choice: ZoneChoice; score: number } => r.score !== null)
      // Ties: a zone of big cities people type (ALIASES) before a smaller one: "ist" → Kolkata, then Colombo.
      .sort(
        (a, b) => a.score - b.score || isBig(b.choice) - isBig(a.choice) || a.choice.city.localeCompare(b.choice.city),
      )
      .map((r) => r.choice)
  )
}

/** The zones Intl knows, plus UTC (some engines leave it out) and the saved one. */
export function availableZoneIds(saved: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const ids = new Set(['UTC', ...known])
  if (saved && !ids.has(saved)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: saved })
      ids.add(saved)
    } catch {
      // Not a zone (a typed, unsaved text): nothing to add.
    }
  }
  return [...ids]
}
