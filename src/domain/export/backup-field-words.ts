/**
 * How each field of each backup table reads when a refused backup names it: a noun a manager
 * knows ("attendees", "count of rows", "Booked at field") and, where the type alone would say too
 * little, what the field must be ("a list of names"). Keyed by the field's path with list
 * positions left out ("value.icp.targetIndustries"). A field without words here is named by its
 * key split into words; the tests check that every field of every table has words.
 */
import { FIELD_LABELS } from '@/domain/field-labels'
import type { BackupTable } from './backup-tables'

export interface FieldWords {
  noun: string
  plural?: boolean
  /** What the field must be, when it says more than its type ("a list of names"). */
  is?: string
}

const WEEK = 'a week such as 2026-W47'
const DATE_OR_TIME = 'a date such as 2026-11-23 or a time such as 2026-11-23T09:00:00Z'
const HANDOFF_KEY = 'the key of a handoff'
/** A field whose type says what it must be (text, a number…). */
const named = (noun: string): FieldWords => ({ noun })

const handoffLabels = Object.fromEntries(
  Object.entries(FIELD_LABELS).map(([field, label]) => [field, { noun: `${label} field` } as FieldWords]),
)
const handoffWords: Record<string, FieldWords> = {
  ...handoffLabels,
  bookedAt: { noun: `${FIELD_LABELS.bookedAt} field`, is: DATE_OR_TIME },
  meetingAt: { noun: `${FIELD_LABELS.meetingAt} field`, is: `${DATE_OR_TIME}, or empty` },
  respondedAt: { noun: `${FIELD_LABELS.respondedAt} field`, is: `${DATE_OR_TIME}, or empty` },
  id: { noun: 'record key', is: 'its import source and CRM record ID joined by “::”' },
  importSource: named('import source'),
  week: { noun: 'booking week', is: WEEK },
  importRunId: { noun: 'import run number', is: 'a whole number above 0, or empty' },
  updatedAt: named('last-changed time'),
  carried: { noun: 'record of carried fields', is: 'a whole number, 0 or more' },
  sdrRaw: named('SDR as exported'),
  aeRaw: named('AE as exported'),
  partnerRaw: named('Partner as exported'),
}

const icpWords = (prefix: string): Record<string, FieldWords> => ({
  [prefix]: { noun: 'ICP', is: 'a complete ICP' },
  [`${prefix}.minCompanySize`]: { noun: 'minimum company size', is: 'a whole number, 0 or more' },
  [`${prefix}.targetIndustries`]: { noun: 'target industries', plural: true, is: 'a list of industry names' },
  [`${prefix}.influenceLevels`]: {
    noun: 'contact influence levels',
    plural: true,
    is: 'a list of at least one influence level (decision maker, influencer, user, none, unknown)',
  },
})

export const BACKUP_FIELD_WORDS: Record<BackupTable, Record<string, FieldWords>> = {
  handoffs: handoffWords,
  importRuns: {
    id: { noun: 'run number', is: 'a whole number above 0' },
    fileName: named('file name'),
    fileSize: named('file size'),
    sha256: named('file checksum'),
    importSource: named('import source'),
    startedAt: named('start time'),
    finishedAt: named('finish time'),
    rows: named('count of rows'),
    inserted: named('count of new handoffs'),
    updated: named('count of updated handoffs'),
    unchanged: named('count of unchanged handoffs'),
    rejected: named('count of rejected rows'),
    mapping: named('column mapping'),
    undone: { noun: 'undone mark', is: 'true or false' },
    carried: { noun: 'carried fields', plural: true, is: 'a list of handoff field names' },
  },
  importUndo: {
    runId: { noun: 'import run number', is: 'a whole number above 0' },
    handoffId: { noun: 'handoff key', is: HANDOFF_KEY },
    before: { noun: 'copy of the handoff before the import', is: 'a whole handoff, or empty' },
  },
  settings: {
    key: { noun: 'name', is: '“app” or “reasonRules”' },
    value: { noun: 'values', plural: true, is: 'a complete set of settings, or a list of reason rules' },
    // The reason rules' row (key “reasonRules”): a list of rules.
    'value.pattern': { noun: 'reason rule words', plural: true, is: 'words or phrases separated by commas' },
    'value.reason': { noun: 'reason rule reason', is: 'one of the rejection reasons' },
    'value.timeZone': { noun: 'time zone', is: 'a time zone name such as Europe/Berlin' },
    'value.fiscalYearStartMonth': { noun: 'fiscal year start month', is: 'a month number from 1 to 12' },
    'value.holidays': { noun: 'holidays', plural: true, is: 'a list of different days such as 2026-12-24' },
    'value.slaWindowDays': { noun: 'SLA window', is: 'a whole number of business days from 1 to 10' },
    'value.requiredFields': { noun: 'checklist fields', plural: true, is: 'a list of at least one handoff field' },
    'value.placeholders': {
      noun: 'placeholder words',
      plural: true,
      is: 'a list of words of 1 to 32 characters',
    },
    ...icpWords('value.icp'),
    'value.agendaMinutes': {
      noun: 'agenda timeboxes',
      plural: true,
      is: 'whole minutes from 1 to 60 for each agenda section',
    },
    'value.sampleSize': { noun: 'weekly sample size', is: 'a whole number from 1 to 50' },
    'value.team': {
      noun: 'team roster',
      is: 'a list of people, each with a name, a role (SDR or AE), a partner and aliases',
    },
    'value.team.aliases': { noun: 'team aliases', plural: true, is: 'names that no other team member uses' },
    'value.responseTime': {
      noun: 'response time setting',
      is: 'business days or working hours, with a working day such as 09:00 to 17:00',
    },
    'value.responseTime.unit': { noun: 'response time unit', is: 'business days or working hours' },
    'value.responseTime.workdayStart': { noun: 'working day start', is: 'a time such as 09:00' },
    'value.responseTime.workdayEnd': { noun: 'working day end', is: 'a time such as 17:00, after the start' },
    'value.teamName': { noun: 'team name', is: 'text of at most 60 characters' },
  },
  icpVersions: {
    id: { noun: 'version number', is: 'a whole number above 0' },
    effectiveWeek: { noun: 'first week', is: WEEK },
    ...icpWords('icp'),
    createdAt: named('creation time'),
    note: named('note'),
  },
  rubricScores: {
    id: { noun: 'score number', is: 'a whole number above 0' },
    handoffId: { noun: 'handoff key', is: HANDOFF_KEY },
    week: { noun: 'week', is: WEEK },
    scorer: named('scorer'),
    scoredAt: named('scoring time'),
    rubricVersion: { noun: 'rubric version', is: 'a whole number above 0' },
    criteria: { noun: 'criteria', plural: true, is: 'each marked true or false' },
    comment: named('comment'),
  },
  weeklySamples: {
    week: { noun: 'week', is: WEEK },
    handoffIds: { noun: 'sampled handoffs', plural: true, is: 'a list of handoff keys' },
    seed: named('seed'),
    updatedAt: named('last-changed time'),
  },
  huddles: {
    week: { noun: 'week', is: WEEK },
    status: named('status'),
    date: named('date'),
    facilitator: named('facilitator'),
    attendees: { noun: 'attendees', plural: true, is: 'a list of names' },
    notes: { noun: 'section notes', plural: true, is: 'text for each agenda section' },
    decisions: { noun: 'decisions', plural: true, is: 'a list of texts' },
    strongHandoffId: { noun: 'strong handoff', is: `${HANDOFF_KEY}, or empty` },
    weakHandoffId: { noun: 'weak handoff', is: `${HANDOFF_KEY}, or empty` },
    elapsedSeconds: {
      noun: 'timer readings',
      plural: true,
      is: 'seconds (0 or more) for each agenda section',
    },
    updatedAt: named('last-changed time'),
  },
  actionItems: {
    id: { noun: 'item number', is: 'a whole number above 0' },
    huddleWeek: { noun: 'huddle week', is: WEEK },
    text: named('description'),
    owner: named('owner'),
    due: { noun: 'due date', is: 'a day such as 2026-11-27, or empty' },
    doneAt: named('done time'),
    createdAt: named('creation time'),
  },
  mappings: {
    importSource: named('import source'),
    mapping: named('column mapping'),
    updatedAt: named('last-changed time'),
  },
}

/**
 * The words of the most specific field on `path` that has words, and how many steps of the path
 * lead to it (list positions counted): a deeper issue is about one entry of that field.
 */
export function fieldWordsAt(
  table: BackupTable,
  path: readonly PropertyKey[],
): { words: FieldWords; depth: number } | null {
  const known = BACKUP_FIELD_WORDS[table]
  const names: string[] = []
  let found: { words: FieldWords; depth: number } | null = null
  path.forEach((step, i) => {
    if (typeof step !== 'string') return
    names.push(step)
    const key = names.join('.')
    if (Object.hasOwn(known, key)) found = { words: known[key]!, depth: i + 1 }
  })
  return found
}
