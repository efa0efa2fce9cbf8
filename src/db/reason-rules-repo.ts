import { DEFAULT_REASON_RULES, REASON_RULES_KEY, reasonRulesSchema, type ReasonRule } from '@/domain/rules/reasons'
import { db } from './database'

/**
 * The rejection-reason rules live beside the app settings in the `settings` table, under their
 * own key, so "Clear all data" keeps them like any other configuration. Their schema is the
 * domain's, which backups check too.
 */
const KEY = REASON_RULES_KEY

interface ReasonRulesRow {
  key: typeof KEY
  value: ReasonRule[]
}

const table = () => db().table<ReasonRulesRow, string>('settings')

/** The saved rules, or the defaults when none were saved (or they no longer parse). */
export async function loadReasonRules(): Promise<ReasonRule[]> {
  const row = await table().get(KEY)
  const parsed = reasonRulesSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_REASON_RULES.map((r) => ({ ...r }))
}

/** Validates and saves; throws with zod's issues when a rule is invalid. */
export async function saveReasonRules(rules: ReasonRule[]): Promise<ReasonRule[]> {
  const valid = reasonRulesSchema.parse(rules)
  await table().put({ key: KEY, value: valid })
  return valid
}
