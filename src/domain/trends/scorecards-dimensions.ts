/** What a scorecard row groups by, and how the screen names it. */
export const SCORECARD_DIMENSIONS = ['sdr', 'ae', 'segment', 'campaign', 'partner'] as const
export type ScorecardDimension = (typeof SCORECARD_DIMENSIONS)[number]

export const DIMENSION_LABELS: Record<ScorecardDimension, string> = {
  sdr: 'SDR',
  ae: 'AE',
  segment: 'Segment',
  campaign: 'Campaign',
  partner: 'Partner',
}
