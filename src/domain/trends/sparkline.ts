/**
 * Sparkline geometry: SVG polyline points for a series of counts in a width × height box, with
 * a pixel of padding so the stroke is not clipped. The highest value touches the top; zero the
 * bottom. A single value draws a flat line across.
 */
export function sparklinePoints(values: readonly number[], width: number, height: number, padding = 1): string {
  if (values.length === 0) return ''
  const max = Math.max(0, ...values)
  const innerW = width - 2 * padding
  const innerH = height - 2 * padding
  const y = (v: number) => round(padding + innerH - (max === 0 ? 0 : (v / max) * innerH))
  if (values.length === 1) return `${padding},${y(values[0]!)} ${width - padding},${y(values[0]!)}`
  const step = innerW / (values.length - 1)
  return values.map((v, i) => `${round(padding + i * step)},${y(v)}`).join(' ')
}

const round = (n: number): number => Math.round(n * 10) / 10
