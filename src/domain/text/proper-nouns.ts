/**
 * One proper-noun detector for the whole app: a named tool, company or person in free text
 * ("they moved to HubSpot", "signed with Gong", "SAP shop"). The rubric reads it as a specific ICP
 * signal and the feedback rules as a fact the AE named; both must agree on what a name is.
 */

/**
 * Capitalised words that are jargon, pronouns or praise, not names: they say nothing specific.
 * Compared without case.
 */
const NOT_NAMES = new Set([
  'i',
  'a',
  'an',
  'the',
  'they',
  'their',
  'he',
  'she',
  'we',
  'our',
  'icp',
  'sdr',
  'bdr',
  'ae',
  'dm',
  'sql',
  'mql',
  'sal',
  'bant',
  'meddic',
  'saas',
  'b2b',
  'b2c',
  'crm',
  'smb',
  'mm',
  'ent',
  'ok',
  'okay',
  'tbd',
  'tba',
  'tbc',
  'n/a',
  'na',
  'no',
  'not',
  'none',
  'unknown',
  'unsure',
  'bad',
  'good',
  'great',
  'poor',
  'perfect',
  'strong',
  'fit',
  'lead',
  'just',
  'wrong',
  'too',
])

/** CamelCase (HubSpot), an acronym (SAP, AWS, SOC2) or a capitalised word (Acme, Gong). */
const NAME_SHAPE = /^(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}{2,6}\d*|\p{Lu}[\p{Ll}&.-]*\p{Ll})$/u
const OPENING = /^[("'“‘[]+/
const CLOSING = /[)"'”’\].,!?:;]+$/

/**
 * The first capitalised word that is not the first of a sentence or line and is not jargon: likely
 * a name. `ignore` holds words that look like names but are no evidence here (the prospect's own
 * company and contact names), compared without case. Null when there is none.
 */
export function firstProperNoun(text: string, ignore: ReadonlySet<string> = new Set()): string | null {
  for (const line of text.split(/\n/)) {
    const words = line.split(/\s+/).filter(Boolean)
    for (let i = 1; i < words.length; i++) {
      if (/[.!?:;]["'”’)]*$/.test(words[i - 1]!)) continue
      const word = words[i]!.replace(OPENING, '').replace(CLOSING, '')
      const key = word.toLowerCase()
      if (NAME_SHAPE.test(word) && !NOT_NAMES.has(key) && !ignore.has(key)) return word
    }
  }
  return null
}
