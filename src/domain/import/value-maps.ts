import type { HandoffField, RejectionReason } from '../handoff'
import { CONTACT_INFLUENCES, REJECTION_REASONS, STATUSES, TRIGGER_CATEGORIES } from '../handoff'
import {
  normalizeValue,
  parseContactInfluence,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from './vocabulary'

/** Value maps of the mapping screen: which fields have them, what a raw value likely means. */

/** The enumerated fields whose raw values the mapping screen lets the user map. */
export const VALUE_MAP_FIELDS = [
  'status',
  'rejectionReason',
  'contactInfluence',
  'triggerCategory',
] as const satisfies readonly HandoffField[]
export type ValueMapField = (typeof VALUE_MAP_FIELDS)[number]

export const VALUE_TARGETS: Record<ValueMapField, readonly string[]> = {
  status: STATUSES,
  rejectionReason: REJECTION_REASONS,
  contactInfluence: CONTACT_INFLUENCES,
  triggerCategory: TRIGGER_CATEGORIES,
}

const PARSERS: Record<ValueMapField, (raw: string) => string | undefined> = {
  status: parseStatus,
  rejectionReason: parseRejectionReason,
  contactInfluence: parseContactInfluence,
  triggerCategory: parseTriggerCategory,
}

/** What the pipeline reads a raw value as without any value map (undefined: not recognised). */
export const recognisedValue = (field: ValueMapField, raw: string): string | undefined => PARSERS[field](raw)

/**
 * A rejection reason as the import stores it: the built-in words, then the team's reason rules
 * ("Not ICP - Too Small" → too_small). The row reader and the mapping screen both read reasons
 * through this, so the screen never says "not recognised" for what the import will store.
 */
export const readReason = (
  raw: string,
  byRules: (raw: string) => RejectionReason | null,
): RejectionReason | undefined => parseRejectionReason(raw) ?? byRules(raw) ?? undefined

const NEGATIONS = new Set(['not', 'non', 'un', 'no'])

/**
 * The target a raw value most likely means: what the parser recognises, else the longest run
 * of its words that the parser recognises ("SQL - Accepted" → accepted, "Meeting: Decision
 * Maker" → decision_maker). A value with a negation ("Not accepted") gets no guess.
 */
export function suggestValue(field: ValueMapField, raw: string): string | undefined {
  const direct = recognisedValue(field, raw)
  if (direct !== undefined) return direct
  const words = normalizeValue(raw)
    .split('_')
    .filter((w) => w !== '')
  if (words.length < 2 || words.some((w) => NEGATIONS.has(w))) return undefined
  for (let size = words.length - 1; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const guess = recognisedValue(field, words.slice(start, start + size).join(' '))
      if (guess !== undefined && !(field === 'status' && size === 1 && words[start] === 'new' && words.length > 1))
        return guess
    }
  }
  return undefined
}

/**
 * The value map a mapping file should carry: only the raw values whose chosen target differs
 * from what the pipeline would read on its own (an empty choice means "leave as read").
 */
export function valueMapFor(
  field: ValueMapField,
  choices: Record<string, string>,
  /**
   * The field reads several columns: a value in the map outranks the other columns' cells
   * (docs/product.md, "Mapping file, more"), so values the parser would recognise anyway stay in it.
   */
  isSeveralColumns = false,
): Record<string, string> | undefined {
  // Keys are values from the file: no prototype, so "__proto__" is just a key.
  const map = Object.create(null) as Record<string, string>
  for (const [raw, target] of Object.entries(choices)) {
    if (target !== '' && (isSeveralColumns || target !== recognisedValue(field, raw))) map[raw] = target
  }
  return Object.keys(map).length > 0 ? map : undefined
}
