import { detectDelimiter, tokenize } from '../import/records'
import { toCsv, unguardedCell } from '../export/csv'
import { teamMemberSchema, TEAM_ROLES, type TeamMember, type TeamRole } from './roster'

/**
 * The team file the CLI takes with `--team` (and Settings → Team imports): CSV with the columns
 * name, role, partner, aliases — aliases split by `;`. A header row is optional; it is
 * recognised by its first two cells reading "name" and "role".
 */
export interface TeamFileResult {
  members: TeamMember[]
  /** One message per unusable line, in a manager's words, naming the file and line. */
  problems: string[]
}

const TEAM_FILE_HEADERS = ['name', 'role', 'partner', 'aliases']

const roleOf = (raw: string): TeamRole | null => {
  const t = raw.trim().toUpperCase()
  if (t === 'SDR' || t === 'BDR') return 'SDR'
  if (t === 'AE' || t === 'ACCOUNT EXECUTIVE' || t === 'AM' || t === 'ACCOUNT MANAGER') return 'AE'
  return (TEAM_ROLES as readonly string[]).includes(t) ? (t as TeamRole) : null
}

export function parseTeamFile(fileName: string, text: string): TeamFileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const members: TeamMember[] = []
  const problems: string[] = []
  let isFirst = true
  for (const record of tokenize(body, detectDelimiter(body))) {
    const [name = '', role = '', partner = '', aliases = ''] = record.cells.map((c) => unguardedCell(c.trim()))
    if (record.cells.every((c) => c.trim() === '')) continue
    if (isFirst && name.toLowerCase() === 'name' && role.toLowerCase() === 'role') {
      isFirst = false
      continue
    }
    isFirst = false
    const where = `${fileName}, line ${record.line}`
    const r = roleOf(role)
    if (name === '') {
      problems.push(`${where}: Name is empty`)
      continue
    }
    if (r === null) {
      problems.push(role === '' ? `${where}: Role is empty (SDR or AE)` : `${where}: Role "${role}" is not SDR or AE`)
      continue
    }
    const member = teamMemberSchema.parse({
      name,
      role: r,
      partner,
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
    })
    members.push(member)
  }
  return { members, problems }
}

/** The roster as the same CSV, for Settings → Team "Download" (the app's one CSV writer: formulas neutralised). */
export function teamFileText(members: readonly TeamMember[]): string {
  return toCsv(
    TEAM_FILE_HEADERS,
    members.map((m) => [m.name, m.role, m.partner, m.aliases.join(';')]),
    { bom: true },
  )
}
