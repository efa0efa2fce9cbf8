/**
 * Where a text stops being JSON, for refusals in words ("not valid JSON at line 3"): the engine's
 * own messages name a position only sometimes and are not for people. An iterative scan (no
 * recursion, so a file nested a million levels deep costs a stack of numbers, not the call stack).
 */

const WS = new Set([32, 9, 10, 13])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y

const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93

/** The offset of the first character that is not JSON (the text's length when it ends too soon), or -1. */
export function jsonErrorOffset(s: string): number {
  const n = s.length
  let i = 0
  const skip = (): void => {
    while (i < n && WS.has(s.charCodeAt(i))) i++
  }
  /** A string at `i`: true with `i` after it, or false with `i` at the fault. */
  const string = (): boolean => {
    if (s.charCodeAt(i) !== 34) return false
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i)
      if (c === 34) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 92) {
        ESCAPE.lastIndex = i + 1
        if (!ESCAPE.test(s)) return false
        i = ESCAPE.lastIndex - 1
      }
    }
    return false
  }
  const token = (re: RegExp): boolean => {
    re.lastIndex = i
    if (!re.test(s)) return false
    i = re.lastIndex
    return true
  }
  /** `"key":` at `i` (after white space). */
  const key = (): boolean => {
    skip()
    if (!string()) return false
    skip()
    if (s.charCodeAt(i) !== 58) return false
    i++
    return true
  }

  const open: number[] = []
  let isValueNext = true
  for (;;) {
    skip()
    if (isValueNext) {
      if (i >= n) return n
      const c = s.charCodeAt(i)
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        i++
        skip()
        if (s.charCodeAt(i) === c + 2) {
          i++
          isValueNext = false
          continue
        }
        open.push(c)
        if (c === OPEN_OBJECT && !key()) return i
        continue
      }
      if (c === 34 ? !string() : !token(c === 116 || c === 102 || c === 110 ? LITERAL : NUMBER)) return i
      isValueNext = false
      continue
    }
    const top = open[open.length - 1]
    if (top === undefined) return i < n ? i : -1
    const c = s.charCodeAt(i)
    if (c === 44) {
      i++
      if (top === OPEN_OBJECT && !key()) return i
      isValueNext = true
    } else if ((top === OPEN_OBJECT && c === CLOSE_OBJECT) || (top === OPEN_ARRAY && c === CLOSE_ARRAY)) {
      i++
      open.pop()
    } else return i
  }
}

/** The 1-based line of an offset (LF, CRLF and lone CR end a line). */
function lineAt(s: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) line++
  }
  return line
}

/** Why a text is not JSON, as a clause: "it is not valid JSON at line 3" (null when it is JSON). */
export function jsonProblem(s: string): string | null {
  const at = jsonErrorOffset(s)
  if (at < 0) return null
  return at >= s.length
    ? `it is not valid JSON: it ends at line ${lineAt(s, at)} before it is complete`
    : `it is not valid JSON at line ${lineAt(s, at)}`
}

/**
 * How deeply arrays and objects nest, counted over the text (strings skipped), stopping once past
 * `limit`: checked before anything walks the parsed value recursively.
 */
export function nestingDepth(s: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--
  }
  return deepest
}
