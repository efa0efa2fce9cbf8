import type { HandoffField } from '../handoff'
import type { Mapping } from './mapping'

/** A field's value map as a function: exact raw value first, then ignoring case and spaces. */
export function compileValueMap(map: Record<string, string> | undefined): ((raw: string) => string) | null {
  if (!map) return null
  const exact = new Map(Object.entries(map))
  const loose = new Map<string, string>()
  for (const [k, v] of exact) if (!loose.has(k.trim().toLowerCase())) loose.set(k.trim().toLowerCase(), v)
  return (raw) => exact.get(raw) ?? loose.get(raw.trim().toLowerCase()) ?? raw
}

/** Reads a field's text from a record's cells: its column's cell, through its value map, trimmed. */
export type CellReader = (cells: readonly string[], field: HandoffField) => string

export function cellReader(mapping: Mapping, column: Partial<Record<HandoffField, number>>): CellReader {
  const valueMaps: Partial<Record<HandoffField, (raw: string) => string>> = {}
  for (const [field, map] of Object.entries(mapping.values ?? {}) as [HandoffField, Record<string, string>][]) {
    const compiled = compileValueMap(map)
    if (compiled) valueMaps[field] = compiled
  }
  return (cells, field) => {
    const i = column[field]
    if (i === undefined) return ''
    const raw = cells[i] ?? ''
    const map = valueMaps[field]
    return (map ? map(raw) : raw).trim()
  }
}
