/**
 * Which cell styles show a number as a date, and a serial day number as the text the CSV path
 * would see. Excel stores dates as numbers; only the style's number format says "date".
 */

/** Built-in number formats that are dates or times (the locale-independent ones and the East
 *  Asian and Thai ones, which are dates in every locale that defines them). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56,
  57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
])

// prettier-ignore
const DATE_TOKENS = new Set([
  'd', 'dd', 'ddd', 'dddd', 'm', 'mm', 'mmm', 'mmmm', 'mmmmm', 'y', 'yy', 'yyyy', 'h', 'hh', 's', 'ss',
  'am', 'pm', 'a', 'p', 'aaa', 'aaaa', 'aaaaa', 'e', 'ee', 'eeee',
])

/** A custom format code reads as a date when every letter group in one of its sections is a date
 *  token (after removing quoted text, escapes, `[...]` prefixes and fractions of seconds). */
function isDateFormatCode(code: string): boolean {
  const sections = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ').split(';')
  return sections.some((section) => {
    const cleaned = section
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
    const tokens = cleaned.split(/[^a-z0#?%]+/).filter((t) => t !== '')
    return tokens.length > 0 && tokens.every((t) => DATE_TOKENS.has(t))
  })
}

export const isDateFormat = (id: number, code: string | undefined): boolean =>
  BUILT_IN_DATE_FORMATS.has(id) || (code !== undefined && isDateFormatCode(code))

const DAY_MS = 86_400_000
/** Serial day 25569 is 1970-01-01 in the 1900 date system (which counts a 29 February 1900). */
const UNIX_EPOCH_SERIAL = 25_569
/** The 1904 date system starts 1,462 days later. */
const DATE_1904_OFFSET = 1_462

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * An instant (ms, holding the wall time in UTC) as `YYYY-MM-DD` when it has no time of day, else
 * `YYYY-MM-DD HH:MM:SS` (team-local, no offset), seconds rounded.
 */
export function wallTimeText(ms: number): string {
  const value = new Date(ms)
  const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  const h = value.getUTCHours()
  const m = value.getUTCMinutes()
  const s = value.getUTCSeconds() + (value.getUTCMilliseconds() >= 500 ? 1 : 0)
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(Math.min(s, 59))}`
}

/** An Excel serial day number → its wall time as text; undefined when it is not a usable date. */
export function serialDateText(serial: number, date1904: boolean): string | undefined {
  const days = serial + (date1904 ? DATE_1904_OFFSET : 0)
  const ms = Math.floor((days - UNIX_EPOCH_SERIAL) * DAY_MS)
  // Dates Excel can show: 1900-01-01 to 9999-12-31.
  if (!Number.isFinite(ms) || days < 1 || days >= 2_958_466) return undefined
  return wallTimeText(ms)
}
