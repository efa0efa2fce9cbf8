/**
 * Scripts run inside the built app's page. Strings, not functions: this code is type-checked
 * without DOM types (tsconfig.node.json), and the app's CSP does not apply to injected scripts.
 */

export const ROWS_SELECTOR = '[aria-label="Handoff rows"] [role="row"]'

/**
 * Init script: records in `__firstRowAt` the ms since navigation start (performance.now()) of
 * the first animation frame after the Handoffs table's first row is in the DOM.
 */
export const FIRST_ROW_PROBE = `(() => {
  const found = () => document.querySelector(${JSON.stringify(ROWS_SELECTOR)})
  new MutationObserver((_, observer) => {
    if (!found()) return
    observer.disconnect()
    requestAnimationFrame(() => { window.__firstRowAt = performance.now() })
  }).observe(document, { childList: true, subtree: true })
})()`

export interface ScrollResult {
  frames: number
  dropped: number
  worstMs: number
  scrolledPx: number
  rowsInDom: number
}

/**
 * Scrolls the 'Handoff rows' scroller by \`px\` every animation frame for \`ms\`, and counts the
 * frames whose interval exceeded 20 ms (a dropped frame at 60 Hz).
 */
export const scrollProbe = (ms: number, px: number): string => `new Promise((resolve) => {
  const el = document.querySelector('[aria-label="Handoff rows"]')
  const deltas = []
  let start = 0
  let last = 0
  const step = (t) => {
    if (start === 0) start = t
    else deltas.push(t - last)
    last = t
    el.scrollTop += ${px}
    if (t - start < ${ms}) return void requestAnimationFrame(step)
    resolve({
      frames: deltas.length,
      dropped: deltas.filter((d) => d > 20).length,
      worstMs: Math.round(Math.max(...deltas)),
      scrolledPx: el.scrollTop,
      rowsInDom: el.querySelectorAll('[role="row"]').length,
    })
  }
  requestAnimationFrame(step)
})`
