/**
 * The QA rubric (docs/product.md, "QA rubric"): five pass/fail criteria and the red flags the app
 * raises beside them. Every confirmed score records RUBRIC_VERSION, so when the wording or the
 * meaning of a criterion changes, bump the version and old scores stay readable as what they were.
 */

export const RUBRIC_VERSION = 1

export const CRITERION_IDS = ['icp_signal', 'prospect_words', 'trigger_timing', 'stack_budget', 'complete'] as const
export type CriterionId = (typeof CRITERION_IDS)[number]

export const RED_FLAG_IDS = ['generic_notes', 'no_trigger', 'icp_assumed', 'missing_fields', 'no_influence'] as const
export type RedFlagId = (typeof RED_FLAG_IDS)[number]

export interface RubricItemInfo {
  /** A few words for a column header or a checkbox. */
  label: string
  /** One line that tells the scorer what passes. */
  description: string
}

export const CRITERIA = {
  icp_signal: {
    label: 'ICP fit with a signal',
    description:
      'ICP fit names the specific signal (a number, a named tool, a hiring or funding fact), not just "good fit".',
  },
  prospect_words: {
    label: "Prospect's own words",
    description: 'Discovery notes quote the prospect directly, in quotation marks.',
  },
  trigger_timing: {
    label: 'Trigger and timing',
    description: 'A named trigger event and a sense of timing ("by Q3", "within 90 days", a date).',
  },
  stack_budget: {
    label: 'Tech stack and budget',
    description: 'The current tech stack and at least one budget signal.',
  },
  complete: {
    label: 'Package complete',
    description: 'Every required checklist field is filled in (no blanks, no placeholders).',
  },
} as const satisfies Record<CriterionId, RubricItemInfo>

export const RED_FLAGS = {
  generic_notes: {
    label: 'Generic notes',
    description: 'The notes say little more than "interested", "wants a demo" or "wants to learn more".',
  },
  no_trigger: {
    label: 'No trigger',
    description: 'No named trigger event: nothing says why the prospect would act now.',
  },
  icp_assumed: {
    label: 'ICP assumed',
    description: 'The ICP fit is hedged ("seems like a fit", "probably") instead of verified.',
  },
  missing_fields: {
    label: 'Missing fields',
    description: 'Required checklist fields are blank or hold a placeholder.',
  },
  no_influence: {
    label: 'No influence',
    description: 'The contact is a user, has no influence, or their influence is unknown.',
  },
} as const satisfies Record<RedFlagId, RubricItemInfo>
