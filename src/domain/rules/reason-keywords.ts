/**
 * Reason rules in a manager's words: a rule is a list of words and phrases ("too small, under 50
 * employees"), each matched case-insensitively as a whole word or phrase. Regular expressions are
 * an implementation detail: the words are escaped here, never typed by the user. Rules saved by
 * older versions as `/regex/` are read as words when the expression is a plain alternation
 * (`/too small|tiny/`), else kept as an *advanced pattern* (see reasons.ts).
 */

const ADVANCED = /^\/(.+)\/([a-z]*)$/s

/** True when the pattern is an older version's regular expression, written `/…/flags`. */
export const isAdvancedPattern = (pattern: string): boolean => ADVANCED.test(pattern.trim())

/** An advanced pattern's expression and flags, or null for words. */
export function advancedParts(pattern: string): { source: string; flags: string } | null {
  const m = ADVANCED.exec(pattern.trim())
  return m ? { source: m[1]!, flags: m[2]! } : null
}

/** Separators inside a phrase: "decision maker", "decision-maker" and "decision_maker" are one. */
const SEPARATORS = /[\s_-]+/g

/** One keyword as compared: lower case, one space between its words. */
const canonical = (keyword: string): string => keyword.trim().replace(SEPARATORS, ' ').toLowerCase()

/**
 * The words and phrases of what the manager typed: split on commas, semicolons and line breaks,
 * trimmed, one space between words, duplicates (ignoring case) dropped, first spelling kept.
 */
export function splitKeywords(text: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of text.split(/[,;\n]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ')
    const key = canonical(keyword)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(keyword)
  }
  return out
}

/** How a list of keywords is written in a rule (and shown in its field). */
export const keywordsText = (keywords: readonly string[]): string => keywords.join(', ')

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const WORD_CHAR = /[\p{L}\p{N}]/u

const BEFORE = '(?<![\\p{L}\\p{N}])'
const AFTER = '(?![\\p{L}\\p{N}])'

/**
 * One expression that finds any of the keywords as a whole word or phrase, in any case: separators
 * flexible, and a word edge looked for where a keyword starts or ends with a letter or digit. The
 * edge checks are written once per group of keywords, not once per keyword: a Unicode class in a
 * case-insensitive expression is costly to compile (eight rules of twenty keywords took 0.15 s).
 */
export function keywordsRegExp(keywords: readonly string[]): RegExp {
  const groups = new Map<string, { before: string; after: string; words: string[] }>()
  for (const keyword of keywords) {
    const before = WORD_CHAR.test(keyword.trim()[0] ?? '') ? BEFORE : ''
    const after = WORD_CHAR.test(keyword.trim().at(-1) ?? '') ? AFTER : ''
    const group = groups.get(before + after) ?? { before, after, words: [] }
    group.words.push(canonical(keyword).split(' ').map(escapeRegExp).join('[\\s_-]+'))
    groups.set(before + after, group)
  }
  const sources = [...groups.values()].map((g) => `${g.before}(?:${g.words.join('|')})${g.after}`)
  return new RegExp(sources.join('|'), 'iu')
}

// ---- reading an older version's /regex/ as keywords ----------------------------------------

/** More alternatives than this is not a list a person would read: the pattern stays advanced. */
const MAX_KEYWORDS = 40

type Item = { options: string[]; isOptional: boolean }

/**
 * Every text a plain alternation matches: literals, spaces, `\b` (ignored: keywords are whole
 * words anyway), `\s`, escaped punctuation, groups `(a|b)` / `(?:a|b)`, small classes `[ -]` and
 * `?` after any of them. Anchors, repetition, wildcards and the rest give null.
 */
function expand(source: string): string[] | null {
  let i = 0
  const fail = (): never => {
    throw new Error('not a plain alternation')
  }

  function alternation(): string[] {
    const out: string[] = [...sequence()]
    while (source[i] === '|') {
      i++
      out.push(...sequence())
      if (out.length > MAX_KEYWORDS) fail()
    }
    return out
  }

  function sequence(): string[] {
    let texts = ['']
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const item = atom()
      const options = item.isOptional ? [...item.options, ''] : item.options
      texts = texts.flatMap((t) => options.map((o) => t + o))
      if (texts.length > MAX_KEYWORDS) fail()
    }
    return texts
  }

  function atom(): Item {
    const c = source[i]!
    let options: string[]
    if (c === '(') {
      i++
      if (source.startsWith('?:', i)) i += 2
      else if (source[i] === '?') fail()
      options = alternation()
      if (source[i] !== ')') fail()
      i++
    } else if (c === '[') {
      const end = source.indexOf(']', i)
      const chars = end < 0 ? fail() : source.slice(i + 1, end)
      if (chars === '' || /[\\^\]]/.test(chars) || /.-./.test(chars)) fail()
      options = [...chars]
      i = end + 1
    } else if (c === '\\') {
      const next = source[i + 1] ?? fail()
      i += 2
      if (next === 'b') return { options: [''], isOptional: false }
      if (next === 's') options = [' ']
      else if (/[\p{L}\p{N}]/u.test(next)) return fail()
      else options = [next]
    } else if ('.*+{}^$?'.includes(c)) {
      return fail()
    } else {
      options = [c]
      i++
    }
    const isOptional = source[i] === '?'
    if (isOptional) i++
    if (source[i] === '*' || source[i] === '+' || source[i] === '{') fail()
    return { options, isOptional }
  }

  try {
    const out = alternation()
    return i === source.length ? out : null
  } catch {
    return null
  }
}

/**
 * The keywords an older version's `/regex/` pattern stands for, or null when it is more than a
 * plain alternation (anchors, repetition, wildcards, flags other than i/u) and must stay advanced.
 */
export function regexToKeywords(pattern: string): string[] | null {
  const parts = advancedParts(pattern)
  if (!parts || /[^iu]/.test(parts.flags)) return null
  const texts = expand(parts.source)
  if (!texts || texts.some((t) => t.trim() === '')) return null
  const keywords = splitKeywords(texts.map((t) => t.replace(/[,;\n]/g, ' ')).join(','))
  return keywords.length > 0 && keywords.length <= MAX_KEYWORDS ? keywords : null
}
