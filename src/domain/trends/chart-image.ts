/**
 * A chart exported as a picture for a slide or a projector: drawn off screen at presentation
 * size, whatever the window's size, with the heading a room needs to read it without the app
 * (what it shows, over which weeks, for which team).
 */

/** 1920 × 1080 pixels: a full-HD slide. */
export const CHART_IMAGE_SIZE = { width: 1920, height: 1080 } as const
/** Heading sizes; axis and legend labels use the presentation size of the screen's charts (24 px). */
export const CHART_IMAGE_FONT = { title: 40, subtitle: 28 } as const

export interface ChartImageHeading {
  title: string
  /** "Last 13 weeks (2026-W35 – 2026-W47) · Team Nova"; the team is left out when not set. */
  subtitle: string
}

/**
 * `gapWeeks`: weeks whose export could not show the rate, drawn as gaps; the picture says so, as
 * the screen does under the chart, so a gap on a slide is never read as a zero or a lost week.
 */
export function chartImageHeading(
  title: string,
  range: string,
  team: string | null | undefined,
  gapWeeks: readonly string[] = [],
): ChartImageHeading {
  const teamName = team?.trim() ?? ''
  const parts = [range, ...(teamName === '' ? [] : [teamName])]
  if (gapWeeks.length > 0) parts.push(`gaps: ${gapWeeks.join(', ')} not in this export`)
  return { title, subtitle: parts.join(' · ') }
}
