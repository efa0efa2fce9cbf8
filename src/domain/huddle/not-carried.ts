/**
 * What a week's export did not carry of what the huddle's numbers need, said once (docs/product.md,
 * "What the data can show"): the notes print it at the top, and every number that needs one of
 * these fields reads "not in this export" instead.
 */
import type { HandoffField } from '../handoff'
import type { Settings } from '../settings'
import { listOfFields, notCarriedBySome, type Carriage } from '../carried'
import { joinAnd } from '../format'

/** The fields the huddle's sections read, beyond the checklist, in the order the notes name them. */
const HUDDLE_INPUTS: readonly HandoffField[] = [
  'status',
  'respondedAt',
  'rejectionReason',
  'aeFeedback',
  'companySize',
  'industry',
  'contactInfluence',
  'triggerEvent',
  'triggerCategory',
  'segment',
]

/** Words inside a sentence where the field's label would read oddly ("status", "responded at"). */
const WORDS: Partial<Record<HandoffField, string>> = {
  status: 'AE decision',
  respondedAt: 'AE decision time',
  aeFeedback: 'AE feedback',
}

const wordOf = (f: HandoffField): string => WORDS[f] ?? listOfFields([f], true)

export interface HuddleGaps {
  fields: HandoffField[]
  /** "this export has no AE decision time, discovery summary and segment"; null when none. */
  phrase: string | null
}

/** The fields some of the week's handoffs' exports did not carry: the huddle's inputs, then the checklist. */
export function huddleGaps(handoffs: readonly Carriage[], settings: Pick<Settings, 'requiredFields'>): HuddleGaps {
  if (handoffs.length === 0) return { fields: [], phrase: null }
  const asked = [...new Set([...HUDDLE_INPUTS, ...settings.requiredFields])]
  const fields = notCarriedBySome(handoffs, asked)
  if (fields.length === 0) return { fields, phrase: null }
  const words = fields.map(wordOf)
  const list = joinAnd(words)
  return { fields, phrase: `this export has no ${list}` }
}
