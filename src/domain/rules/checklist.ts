/**
 * The SDR package checklist (PRODUCT.md, "Checklist"): a required field is missing when it is
 * empty after trimming or is a placeholder (case-insensitive). Fields that hold numbers or enums
 * are missing when null; any number counts as present (0 employees is a fact, not a blank).
 */
import { type Handoff, type HandoffField } from '../handoff'
import { type Settings } from '../settings'

export type ChecklistSettings = Pick<Settings, 'requiredFields' | 'placeholders'>

const placeholderSets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** Placeholders trimmed and lower-cased; cached per placeholders array. */
export function placeholderSet(placeholders: readonly string[]): ReadonlySet<string> {
  let set = placeholderSets.get(placeholders)
  if (!set) {
    set = new Set(placeholders.map((p) => p.trim().toLowerCase()))
    placeholderSets.set(placeholders, set)
  }
  return set
}

/** True when a value carries information: not null, not blank, not a placeholder, not NaN. */
export function isFilled(value: unknown, placeholders: ReadonlySet<string>): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') {
    const trimmed = value.trim()
    return trimmed !== '' && !placeholders.has(trimmed.toLowerCase())
  }
  if (typeof value === 'number') return !Number.isNaN(value)
  return true
}

/** Required fields the handoff leaves missing, in the order the settings list them. */
export function missingFields(h: Handoff, settings: Pick<Settings, 'requiredFields' | 'placeholders'>): HandoffField[] {
  const placeholders = placeholderSet(settings.placeholders)
  const missing: HandoffField[] = []
  for (const field of settings.requiredFields) {
    if (!isFilled(h[field], placeholders)) missing.push(field)
  }
  return missing
}

/** Any required field missing: the handoff is not ready and is an SDR-side SLA breach. */
export function isIncomplete(h: Handoff, settings: ChecklistSettings): boolean {
  const placeholders = placeholderSet(settings.placeholders)
  return settings.requiredFields.some((field) => !isFilled(h[field], placeholders))
}
