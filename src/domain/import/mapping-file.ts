import { HANDOFF_FIELDS, type HandoffField } from '../handoff'
import { fieldLabel } from '../field-labels'
import { jsonProblem } from '../text/json-error'
import { textOfFile } from './decode'
import { ImportError } from './errors'
import { formatThousands as fmt } from '../format'
import { DATE_ORDERS, MULTI_COLUMN_FIELDS, parseMapping, type Mapping } from './mapping'

/**
 * A mapping file as chosen by a person (the CLI's `--mapping`, the import screen's "Load a mapping
 * file") → a Mapping, or one sentence naming the file and what is wrong. What it may hold is
 * bounded, so a crafted file costs no more than a real one: a real mapping names a handful of
 * columns per field and maps a few dozen CRM values.
 */
export const MAPPING_LIMITS = {
  /** The file itself: real ones are a few kilobytes. */
  bytes: 1024 * 1024,
  /** Columns one field reads together (a status and a stage, several note columns). */
  columnsPerField: 50,
  /** Raw values one field's value map lists. */
  valueEntries: 2000,
  /** Characters of one header named, or one raw or mapped value. */
  textChars: 1000,
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const isField = (name: string): name is HandoffField => (HANDOFF_FIELDS as readonly string[]).includes(name)
/** A name from the file, quoted and clipped so a refusal stays one short sentence. */
const named = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)

/** Why the parsed JSON is not a mapping, as a clause after "it", or null. */
function mappingProblem(json: unknown): string | null {
  const L = MAPPING_LIMITS
  if (!isObject(json)) return 'is not a JSON object with "columns"'
  if (!isObject(json.columns)) return 'has no "columns" object naming the header of each field'
  for (const [field, ref] of Object.entries(json.columns)) {
    if (!isField(field)) return `names a field the app does not know (${named(field)})`
    const label = fieldLabel(field)
    const headers = typeof ref === 'string' ? [ref] : Array.isArray(ref) ? ref : null
    if (ref !== null && (headers === null || headers.length === 0 || headers.some((h) => typeof h !== 'string')))
      return `gives ${label} something other than a header, a list of headers or null`
    if (headers === null) continue
    if (headers.length > 1 && !MULTI_COLUMN_FIELDS.has(field))
      return `reads ${label} from several columns; it takes one`
    if (headers.length > L.columnsPerField)
      return `reads ${label} from ${fmt(headers.length)} columns; a field reads at most ${L.columnsPerField}`
    if ((headers as string[]).some((h) => h.length > L.textChars))
      return `names a column for ${label} longer than ${fmt(L.textChars)} characters`
  }
  if (json.values !== undefined) {
    if (!isObject(json.values)) return 'has "values" that are not value maps per field'
    for (const [field, map] of Object.entries(json.values)) {
      if (!isField(field)) return `has a value map for a field the app does not know (${named(field)})`
      const label = fieldLabel(field)
      if (!isObject(map)) return `has a value map for ${label} that does not pair values with values`
      const entries = Object.entries(map)
      if (entries.length > L.valueEntries)
        return `maps ${fmt(entries.length)} values for ${label}; a value map holds at most ${fmt(L.valueEntries)}`
      for (const [raw, value] of entries) {
        if (typeof value !== 'string') return `maps ${label} value ${named(raw)} to something other than a text`
        if (raw.length > L.textChars || value.length > L.textChars)
          return `maps a ${label} value longer than ${fmt(L.textChars)} characters`
      }
    }
  }
  if (json.dateOrder !== undefined && !(DATE_ORDERS as readonly unknown[]).includes(json.dateOrder))
    return `has a dateOrder that is not MDY, DMY or YMD`
  return null
}

/** The bytes of a mapping file → its Mapping; throws an ImportError ('bad-mapping') in words. */
export function readMappingFile(name: string, bytes: Uint8Array): Mapping {
  const refuse = (why: string): never => {
    throw new ImportError('bad-mapping', `${name} is not a mapping file: ${why}`)
  }
  if (bytes.length > MAPPING_LIMITS.bytes) refuse(`it is larger than ${MAPPING_LIMITS.bytes / 1024 / 1024} MB`)
  const text = textOfFile(name, bytes, 'a mapping file')
  const notJson = jsonProblem(text)
  if (notJson) refuse(notJson)
  const json: unknown = JSON.parse(text)
  const problem = mappingProblem(json)
  if (problem) refuse(`it ${problem}`)
  try {
    return parseMapping(json)
  } catch {
    return refuse('it is not a mapping the app can read')
  }
}
