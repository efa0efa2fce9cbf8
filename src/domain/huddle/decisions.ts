/**
 * Decisions are one list per huddle; calibration decisions (ICP changes) carry a prefix so the
 * notes can show them under ICP calibration without a second stored list.
 */
const CALIBRATION_PREFIX = 'ICP: '

export const calibrationDecision = (text: string): string => `${CALIBRATION_PREFIX}${text.trim()}`

const isCalibrationDecision = (decision: string): boolean => decision.startsWith(CALIBRATION_PREFIX)

export function splitDecisions(decisions: readonly string[]): { general: string[]; calibration: string[] } {
  return {
    general: decisions.filter((d) => !isCalibrationDecision(d)),
    calibration: decisions.filter(isCalibrationDecision).map((d) => d.slice(CALIBRATION_PREFIX.length)),
  }
}

/** Adds a typed decision (trimmed); blank text or an exact repeat changes nothing. */
export function addDecision(decisions: readonly string[], text: string): string[] {
  const clean = text.trim()
  if (clean === '' || decisions.includes(clean)) return [...decisions]
  return [...decisions, clean]
}

export function removeDecision(decisions: readonly string[], index: number): string[] {
  return decisions.filter((_, i) => i !== index)
}
