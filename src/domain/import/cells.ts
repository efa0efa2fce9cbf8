import type { HandoffField } from '../handoff'
import { DECIDING_FIELDS, type Mapping } from './mapping'
import {
  parseContactInfluence,
  parseOutcome,
  parseRejectionReason,
  parseStatus,
  parseTriggerCategory,
} from './vocabulary'

/** A field's value map as a lookup: exact raw value first, then ignoring case and spaces. */
export function compileValueMap(map: Record<string, string> | undefined): ((raw: string) => string | undefined) | null {
  if (!map) return null
  const exact = new Map(Object.entries(map))
  const loose = new Map<string, string>()
  for (const [k, v] of exact) if (!loose.has(k.trim().toLowerCase())) loose.set(k.trim().toLowerCase(), v)
  return (raw) => exact.get(raw) ?? loose.get(raw.trim().toLowerCase())
}

/** Reads a field's text from a record's cells: its column's cell, through its value map, trimmed. */
export type CellReader = (cells: readonly string[], field: HandoffField) => string

type DecidingField = (typeof DECIDING_FIELDS)[number]
const BUILT_IN: Record<DecidingField, (raw: string) => unknown> = {
  status: parseStatus,
  contactInfluence: parseContactInfluence,
  rejectionReason: parseRejectionReason,
  triggerCategory: parseTriggerCategory,
  outcome: parseOutcome,
}
const isDeciding = (field: HandoffField): field is DecidingField => field in BUILT_IN

/**
 * The reader for one file. One column: its cell through the value map. Several columns
 * (PRODUCT.md, "Mapping file, more"): for the deciding fields, the first non-empty cell found in
 * the value map decides, else the first whose built-in words are recognised, else the first
 * non-empty cell (reported as unrecognised); for text, the non-empty cells joined by a blank line.
 */
export function cellReader(mapping: Mapping, column: Partial<Record<HandoffField, number[]>>): CellReader {
  const valueMaps: Partial<Record<HandoffField, (raw: string) => string | undefined>> = {}
  for (const [field, map] of Object.entries(mapping.values ?? {}) as [HandoffField, Record<string, string>][]) {
    const compiled = compileValueMap(map)
    if (compiled) valueMaps[field] = compiled
  }
  return (cells, field) => {
    const indexes = column[field]
    if (indexes === undefined) return ''
    const map = valueMaps[field]
    if (indexes.length === 1) {
      const raw = cells[indexes[0]!] ?? ''
      return (map ? (map(raw) ?? raw) : raw).trim()
    }
    const raws = indexes.map((i) => (cells[i] ?? '').trim()).filter((v) => v !== '')
    if (!isDeciding(field)) return raws.map((v) => (map ? (map(v) ?? v) : v).trim()).join('\n\n')
    if (map) {
      for (const raw of raws) {
        const mapped = map(raw)
        if (mapped !== undefined) return mapped.trim()
      }
    }
    const builtIn = BUILT_IN[field]
    return raws.find((raw) => builtIn(raw) !== undefined) ?? raws[0] ?? ''
  }
}
