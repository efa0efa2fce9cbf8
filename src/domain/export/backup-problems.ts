/**
 * A refused backup said in a manager's words: each zod issue of a row becomes one sentence naming
 * the record and the field ("the huddle of week 2026-W47 has attendees that are not a list of
 * names"), never zod's own text ("Invalid input: expected array"), which names types a manager
 * does not know. The refusal then names the file and says nothing was restored.
 */
import type { z } from 'zod'
import type { BackupTable } from './backup-tables'
import { fieldWordsAt, type FieldWords } from './backup-field-words'
import { recordName, shown } from './backup-table-words'
import { countOf, joinAnd, oneOrMany } from '../format'

type Issue = z.core.$ZodIssue

const MAX_PROBLEMS = 3
const MAX_VALUES_LISTED = 8

/** The one sentence shown when a backup file is refused. */
export function backupRefusal(fileName: string, reason: string): string {
  return `${fileName}: ${reason}, so nothing was restored.`
}

/** The first three problems, then how many more there are. */
export function listProblems(problems: readonly string[]): string {
  const rest = problems.length - MAX_PROBLEMS
  const more = rest > 0 ? [`and ${countOf(rest, 'more problem')}`] : []
  return [...problems.slice(0, MAX_PROBLEMS), ...more].join('; ')
}

/** Names read from the file, quoted and cut short, at most three: “toString”, “x” and 2 more. */
export function quotedNames(names: readonly string[]): string {
  const quoted = names.slice(0, MAX_PROBLEMS).map((n) => `“${shown(n)}”`)
  const rest = names.length - quoted.length
  return joinAnd(rest > 0 ? [...quoted, `${rest} more`] : quoted)
}

/** The sentences for one row that failed its table's schema, one per field, in issue order. */
export function rowProblems(table: BackupTable, row: unknown, index: number, issues: readonly Issue[]): string[] {
  return [...new Set(issues.map((issue) => issueSentence(table, row, index, issue)))]
}

/** "the huddle of week 2026-W47 appears twice" */
export function duplicateProblem(table: BackupTable, row: unknown, index: number): string {
  const record = recordName(table, row, index)
  return `${record.name} ${record.isPlural ? 'appear' : 'appears'} twice`
}

function issueSentence(table: BackupTable, row: unknown, index: number, issue: Issue): string {
  const record = recordName(table, row, index)
  const has = `${record.name} ${record.isPlural ? 'have' : 'has'}`
  if (issue.path.length === 0) return `${record.name} ${record.isPlural ? 'are' : 'is'} not a record`
  const { words, depth } = fieldWordsAt(table, issue.path) ?? { words: fallbackWords(issue.path), depth: 1 }
  const isField = issue.path.length === depth
  if (isField && issue.code === 'invalid_type' && valueAt(row, issue.path) === undefined) {
    return `${has} no ${words.noun}`
  }
  const field = `${article(words)}${words.noun}`
  if (words.is !== undefined) return `${has} ${field} that ${words.plural ? 'are' : 'is'} not ${words.is}`
  if (isField) return `${has} ${field} that ${words.plural ? 'are' : 'is'} ${predicate(issue)}`
  return `${has} ${field} with an entry that is ${predicate(issue)}`
}

/** What is wrong with a value, from the issue alone: "not text", "below 0", "empty". */
function predicate(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `not ${KINDS[issue.expected] ?? 'of the right kind'}`
    case 'invalid_value':
      return issue.values.length <= MAX_VALUES_LISTED
        ? `not ${oneOrMany(issue.values.length, '', 'one of ')}${joinAnd(issue.values.map(valueWords), 'or')}`
        : 'not one of the values this app knows'
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false)
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false)
    case 'invalid_format':
      return 'not in the expected form'
    case 'custom':
      // A refinement of backup-schemas.ts says what the value must be in its `words`.
      return typeof issue.params?.words === 'string' ? `not ${issue.params.words}` : 'not valid'
    default:
      return 'not valid'
  }
}

const KINDS: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of values',
  record: 'a group of values',
}

function tooSmall(origin: string, min: number, inclusive: boolean): string {
  if (origin === 'string') return min <= 1 ? 'empty' : `shorter than ${min} characters`
  if (origin === 'array') return min <= 1 ? 'an empty list' : `a list of fewer than ${min}`
  if (origin === 'number') return inclusive ? `below ${min}` : `${min} or less`
  return 'too small'
}

function tooBig(origin: string, max: number, inclusive: boolean): string {
  if (origin === 'string') return `longer than ${max} characters`
  if (origin === 'array') return `a list of more than ${max}`
  if (origin === 'number') return inclusive ? `above ${max}` : `${max} or more`
  return 'too big'
}

/** An allowed value as a person reads it: "no show" for no_show, “app” for a fixed word. */
const valueWords = (v: unknown): string => (typeof v === 'string' ? shown(v.replace(/_/g, ' ')) : String(v))

const article = (words: FieldWords): string =>
  words.plural ? '' : /^([aeiouAEIOU]|[AEFHILMNORSX][A-Z]+\b)/.test(words.noun) ? 'an ' : 'a '

/** A field this module has no words for, named by its key split into words ("elapsed seconds"). */
function fallbackWords(path: readonly PropertyKey[]): FieldWords {
  const key = path.find((p): p is string => typeof p === 'string') ?? 'value'
  return { noun: shown(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()) }
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = row
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return undefined
    at = (at as Record<PropertyKey, unknown>)[step]
  }
  return at
}
