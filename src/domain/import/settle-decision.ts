import { mergeMapping, resolveColumns } from './columns'
import { proposeDecision, undecidedMessage, withDecisionColumn } from './decision-column'
import { UndecidedDecisionError } from './errors'
import { inspectExport } from './inspect'
import { recogniseExport } from './known-exports'
import type { ImportInput, ImportOptions } from './pipeline'

/**
 * Before a headless import (`report`): when the mapping gives the AE's decision no column, look
 * at every column's values once. A column whose values are all known decision words is read
 * (the options come back with it mapped); one that could decide but holds unknown values stops
 * the import with `UndecidedDecisionError` naming it. The app asks the same on its mapping screen.
 */
export async function settleDecisionColumn(input: ImportInput, options: ImportOptions): Promise<ImportOptions> {
  const inspection = await inspectExport(input, { sheet: options.sheet, mapping: options.mapping, previewRows: 0 })
  const merged = mergeMapping(
    inspection.headers,
    inspection.preset,
    options.mapping,
    recogniseExport(inspection.headers),
  )
  // A file without its required columns stops for that first, as the full parse would.
  resolveColumns(merged, inspection.headers, inspection.columns, inspection.headerLine)
  const proposal = proposeDecision(inspection, merged)
  if (proposal.kind === 'none') return options
  if (proposal.kind === 'ask')
    throw new UndecidedDecisionError(proposal.header, undecidedMessage(proposal.header, proposal.values))
  return { ...options, mapping: withDecisionColumn(options.mapping, merged, proposal) }
}
