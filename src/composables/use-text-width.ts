/**
 * How wide text is in a CSS font, in px: measured on a canvas, so table columns can be sized to
 * what they hold (no ellipsis while there is room). Without a canvas (happy-dom) it estimates.
 */
let context: CanvasRenderingContext2D | null | undefined

function canvasContext(doc: Document): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = doc.createElement('canvas').getContext('2d')
    } catch {
      context = null
    }
  }
  return context
}

export interface FontSpec {
  /** A CSS font shorthand: "600 16px system-ui". */
  font: string
  /** The font size in px, for the estimate. */
  sizePx: number
}

/** Only the longest texts are measured: widths follow length closely enough to pick the widest. */
const CANDIDATES = 24

/** The width of the widest of `texts` in `spec`'s font, in px (0 for none). */
export function widestText(texts: Iterable<string>, spec: FontSpec, doc: Document = document): number {
  const unique = [...new Set(texts)].sort((a, b) => b.length - a.length).slice(0, CANDIDATES)
  const ctx = canvasContext(doc)
  if (!ctx) return Math.max(0, ...unique.map((t) => t.length * spec.sizePx * 0.6))
  ctx.font = spec.font
  return Math.max(0, ...unique.map((t) => ctx.measureText(t).width))
}

/** The font an element's text is drawn in, at an optional weight. */
export function fontOf(el: Element, weight?: number): FontSpec {
  const cs = getComputedStyle(el)
  const sizePx = parseFloat(cs.fontSize) || 16
  return { font: `${weight ?? cs.fontWeight} ${sizePx}px ${cs.fontFamily}`, sizePx }
}
