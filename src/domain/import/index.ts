/** Import of CRM exports (CSV/TSV/XLSX) into Handoffs: the pure pipeline (no UI, no database). */
export { ImportError, AmbiguousDateOrderError, isImportError, type ImportErrorCode } from './errors'
export { decodeBytes, type Decoded, type Encoding } from './decode'
export {
  tokenize,
  detectDelimiter,
  openTable,
  openTextTable,
  type Delimiter,
  type RawRecord,
  type DataRecord,
  type SkippedLine,
  type SkipReason,
  type Table,
} from './records'
export { readXlsx, isZip, type Sheet } from './xlsx'
export {
  mappingSchema,
  parseMapping,
  normalizeHeader,
  detectPreset,
  autoMapping,
  isKnownHeader,
  PRESETS,
  DATE_FIELDS,
  DATE_ORDERS,
  type Mapping,
  type DateOrder,
  type DateField,
  type Preset,
  type PresetName,
} from './mapping'
export { parseDate, detectDateOrder, type DetectedDateOrder } from './dates'
export { parseNumber, parseCompanySize, detectDecimalMark, type DecimalMark } from './numbers'
export {
  parseStatus,
  parseContactInfluence,
  parseRejectionReason,
  parseTriggerCategory,
  parseOutcome,
} from './vocabulary'
export { columnKeys, mappedColumn, REQUIRED_COLUMNS, REQUIRED_FIELDS } from './columns'
export { derivedExternalId } from './derived-id'
export {
  parseExport,
  parseCsvExport,
  parseCsvText,
  type ImportInput,
  type ImportOptions,
  type ImportParse,
  type ImportedRow,
  type RejectedRow,
} from './pipeline'
export { toTemplateCsv, rejectedRowsCsv } from './write'
