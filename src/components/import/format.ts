/** Small display helpers for the import screen (no business logic). */
import { countOf, formatBytes, formatThousands } from '@/domain/format'
import { formatTeamTime } from '@/domain/calendar/team-time'

// The import screen's names for the shared formats; times in the team's zone, not the browser's.
export { countOf as plural, formatBytes, formatThousands as formatCount, formatTeamTime as formatTime }

export const ENCODING_LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'windows-1252': 'Windows-1252',
}

export const DELIMITER_LABELS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }
