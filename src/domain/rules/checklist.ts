/**
 * The SDR package checklist (docs/product.md, "Checklist"): a required field is missing when it is
 * empty after trimming or is a placeholder (case-insensitive). Fields that hold numbers or enums
 * are missing when null; any number counts as present (0 employees is a fact, not a blank).
 */
import { type HandoffField } from '../handoff'
import { type Settings } from '../settings'
import { carriedBit, carriedOf, type CarryingHandoff } from '../carried'

export type ChecklistSettings = Pick<Settings, 'requiredFields' | 'placeholders'>

/** Placeholders prepared for fast lookups: trimmed, lower-cased, with the longest length. */
export interface Placeholders {
  set: ReadonlySet<string>
  maxLength: number
}

const prepared = new WeakMap<readonly string[], Placeholders>()

/** Placeholders prepared once per placeholders array (settings objects are reused). */
export function preparePlaceholders(placeholders: readonly string[]): Placeholders {
  let p = prepared.get(placeholders)
  if (!p) {
    const set = new Set(placeholders.map((x) => x.trim().toLowerCase()))
    p = { set, maxLength: Math.max(0, ...[...set].map((x) => x.length)) }
    prepared.set(placeholders, p)
  }
  return p
}

const isSpace = (code: number): boolean =>
  code <= 32 || code === 160 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a)

/** True when a value carries information: not null, not blank, not a placeholder, not NaN. */
export function isFilled(value: unknown, placeholders: Placeholders): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') {
    const n = value.length
    if (n === 0) return false
    // Fast path: longer than any placeholder and nothing to trim.
    if (n > placeholders.maxLength && !isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(n - 1))) return true
    const trimmed = value.trim()
    return trimmed !== '' && !placeholders.set.has(trimmed.toLowerCase())
  }
  if (typeof value === 'number') return !Number.isNaN(value)
  return true
}

/**
 * Required fields the handoff leaves missing, in the order the settings list them. A field its
 * import did not carry is not assessed, so never missing (see carried.ts).
 */
export function missingFields(
  h: CarryingHandoff,
  settings: Pick<Settings, 'requiredFields' | 'placeholders'>,
): HandoffField[] {
  const placeholders = preparePlaceholders(settings.placeholders)
  const carried = carriedOf(h)
  const missing: HandoffField[] = []
  for (const field of settings.requiredFields) {
    if ((carried & carriedBit(field)) !== 0 && !isFilled(h[field], placeholders)) missing.push(field)
  }
  return missing
}

/** The most required fields a `missingMask` can describe (bits of a 32-bit integer). */
export const MASKED_FIELDS = 30

/**
 * Bit i set = requiredFields[i] is missing (the first MASKED_FIELDS fields): for loops over
 * every handoff of a year, where an array per row would show in the totals. Fields not carried
 * are never set.
 */
export function missingMask(
  h: CarryingHandoff,
  requiredFields: readonly HandoffField[],
  placeholders: Placeholders,
): number {
  let mask = 0
  const carried = carriedOf(h)
  const n = Math.min(requiredFields.length, MASKED_FIELDS)
  for (let i = 0; i < n; i++) {
    const field = requiredFields[i]!
    if ((carried & carriedBit(field)) !== 0 && !isFilled(h[field], placeholders)) mask |= 1 << i
  }
  return mask
}

/**
 * Bit i set = requiredFields[i] was not carried by the handoff's import (not assessed), in the
 * same layout as `missingMask`.
 */
export function notAssessedMask(h: CarryingHandoff, requiredFields: readonly HandoffField[]): number {
  const carried = carriedOf(h)
  let mask = 0
  const n = Math.min(requiredFields.length, MASKED_FIELDS)
  for (let i = 0; i < n; i++) if ((carried & carriedBit(requiredFields[i]!)) === 0) mask |= 1 << i
  return mask
}

/**
 * The checklist says something only when the import carried at least one required field: with
 * none carried, "complete" would be true of nothing, so the checklist is not assessed.
 */
export function isChecklistAssessed(carried: number, requiredFields: readonly HandoffField[]): boolean {
  for (const field of requiredFields) if ((carried & carriedBit(field)) !== 0) return true
  return false
}

/**
 * Any carried required field missing: the handoff is not ready and is an SDR-side SLA breach.
 * Required fields the import did not carry are not assessed and cannot make it incomplete.
 * `carried` defaults to the handoff's own mask (rows of one file may share one given here).
 */
export function isIncomplete(h: CarryingHandoff, settings: ChecklistSettings, carried: number = carriedOf(h)): boolean {
  const placeholders = preparePlaceholders(settings.placeholders)
  for (const field of settings.requiredFields) {
    if ((carried & carriedBit(field)) !== 0 && !isFilled(h[field], placeholders)) return true
  }
  return false
}
