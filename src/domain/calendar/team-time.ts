import { MONTH_NAMES } from './months'
import { localParts } from './zoned'

const pad2 = (n: number): string => String(n).padStart(2, '0')

/**
 * A stored instant (ISO 8601) as the team reads it, in the team's time zone (Settings), never the
 * browser's: "25 Nov 2026, 10:00". A value that is not an instant is shown as it is.
 */
export function formatTeamTime(iso: string, timeZone: string): string {
  if (!iso) return '—'
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const p = localParts(ms, timeZone)
  return `${p.day} ${MONTH_NAMES[p.month - 1]!.slice(0, 3)} ${p.year}, ${pad2(p.hour)}:${pad2(p.minute)}`
}
