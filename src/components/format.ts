/** Presentation-only number formats shared by the metrics screens. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`)
export const hoursText = (h: number | null): string => (h === null ? '—' : `${h.toFixed(1)} h`)
export const oneDecimal = (n: number | null): string => (n === null ? '—' : n.toFixed(1))
