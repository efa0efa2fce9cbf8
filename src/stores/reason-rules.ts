import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { loadReasonRules, saveReasonRules } from '@/db/reason-rules-repo'
import { DEFAULT_REASON_RULES, isValidReasonPattern, type ReasonRule } from '@/domain/rules/reasons'

export type RulesSaveResult = { ok: true } | { ok: false; invalid: number[] }

/** The editable rules that map CRM rejection values and free text onto the taxonomy. */
export const useReasonRulesStore = defineStore('reason-rules', () => {
  const rules = shallowRef<ReasonRule[]>(DEFAULT_REASON_RULES.map((r) => ({ ...r })))

  async function load(): Promise<void> {
    rules.value = await loadReasonRules()
  }

  /** Saves only when every pattern is valid; otherwise returns the indexes of the bad ones. */
  async function save(candidate: ReasonRule[]): Promise<RulesSaveResult> {
    const invalid = candidate.flatMap((r, i) => (isValidReasonPattern(r.pattern) ? [] : [i]))
    if (invalid.length > 0) return { ok: false, invalid }
    rules.value = await saveReasonRules(candidate.map((r) => ({ pattern: r.pattern.trim(), reason: r.reason })))
    return { ok: true }
  }

  return { rules, load, save }
})
