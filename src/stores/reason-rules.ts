import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { loadReasonRules, saveReasonRules } from '@/db/reason-rules-repo'
import { useDataVersionStore } from './data-version'
import { DEFAULT_REASON_RULES, isValidReasonPattern, migrateReasonRule, type ReasonRule } from '@/domain/rules/reasons'

export type RulesSaveResult = { ok: true } | { ok: false; invalid: number[] }

/**
 * The editable rules that map CRM rejection values and free text onto the taxonomy. Rules saved
 * by older versions as regular expressions are shown as words when they are plain alternations
 * (and saved that way on the next save); anything more stays an advanced pattern.
 */
export const useReasonRulesStore = defineStore('reason-rules', () => {
  const rules = shallowRef<ReasonRule[]>(DEFAULT_REASON_RULES.map((r) => ({ ...r })))

  async function load(): Promise<void> {
    rules.value = (await loadReasonRules()).map(migrateReasonRule)
  }

  // A restore brings its own rules.
  useDataVersionStore().follow(load)

  /** Saves only when every rule is valid; otherwise returns the indexes of the bad ones. */
  async function save(candidate: ReasonRule[]): Promise<RulesSaveResult> {
    const invalid = candidate.flatMap((r, i) => (isValidReasonPattern(r.pattern) ? [] : [i]))
    if (invalid.length > 0) return { ok: false, invalid }
    rules.value = await saveReasonRules(candidate.map(migrateReasonRule))
    return { ok: true }
  }

  return { rules, load, save }
})
