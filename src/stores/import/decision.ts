/**
 * The AE's decision on the mapping step: the question asked about a column that could hold it, the
 * answer, a column read at once when every value is a decision word, and the list of values with
 * the decision each is imported as. Part of the import store (./index.ts); it edits the mapping
 * part's draft (./mapping.ts).
 */
import { computed, type ShallowRef } from 'vue'
import type { ExportInspection } from '@/domain/import/inspect'
import {
  decisionList,
  decisionQuestion as draftDecisionQuestion,
  draftWithDecisionColumn,
} from '@/domain/import/mapping-draft'
import { proposeDecision } from '@/domain/import/decision-column'
import type { createImportMapping } from './mapping'

export function createImportDecision(deps: {
  inspection: ShallowRef<ExportInspection | null>
  draft: ReturnType<typeof createImportMapping>
}) {
  const { inspection, draft } = deps
  /** Every status/stage value with the decision it is imported as, before the file is read. */
  const draftDecisions = computed(() => decisionList(inspection.value, draft.asDraft()))

  /** The question the mapping screen asks about the AE's decision, if any (see `decisionQuestion`). */
  const decisionQuestion = computed(() => draftDecisionQuestion(inspection.value, draft.asDraft()))

  /** The manager's answer: read the decision from this column, or (null) the export has none. */
  function answerDecisionColumn(column: string | null): void {
    if (column === null) {
      draft.columns.value = { ...draft.columns.value, status: null }
      return
    }
    const next = draftWithDecisionColumn(draft.asDraft(), inspection.value, column)
    draft.columns.value = next.columns
    draft.valueChoices.value = next.valueChoices
  }

  /** A column whose every value is a known decision word is read at once, and said so. */
  function applyDecisionProposal(): void {
    const proposal = proposeDecision(inspection.value!, draft.mapping.value)
    if (proposal.kind !== 'use') return
    answerDecisionColumn(proposal.column)
    draft.mappingOrigin.value += ` · the AE's decision is read from “${proposal.header}”`
  }

  return { draftDecisions, decisionQuestion, answerDecisionColumn, applyDecisionProposal }
}
