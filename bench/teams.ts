import type { Page } from '@playwright/test'
import { DEFAULT_ICP, defaultSettings } from '@/domain/settings'
import { generateDemoHandoffs } from '@/domain/demo/generate-demo'
import { buildTeamFile } from '@/domain/teams/team-file'
import { teamWeeks } from '@/domain/teams/team-week'
import { withFreshProfile } from './chromium'
import { medianOf } from './report'
import { BENCH_END_WEEK, BENCH_TIME_ZONE } from './page/protocol'

const TEAM_FILES = 20
const HANDOFFS_PER_TEAM = 20_000

export interface TeamsResult {
  teams: number
  handoffsPerTeam: number
  /** All files together. */
  megabytes: number
  /** "Choose shared folder…" clicked → every row and chart drawn; median of opens 2–4, each in a fresh profile. */
  loadAndDrawMs: number
  runsMs: number[]
}

/** Twenty teams' files, each a year of the demo generator's handoffs cut to 20,000. */
async function teamFiles(): Promise<{ name: string; text: string }[]> {
  const settings = defaultSettings(BENCH_TIME_ZONE)
  const asOf = Date.parse('2026-11-25T12:00:00Z')
  const files: { name: string; text: string }[] = []
  for (let i = 0; i < TEAM_FILES; i++) {
    const handoffs = generateDemoHandoffs({
      endWeek: BENCH_END_WEEK,
      weeks: 52,
      timeZone: BENCH_TIME_ZONE,
      perWeek: Math.ceil((HANDOFFS_PER_TEAM / 52) * 1.1),
      seed: `bench-team-${i}`,
    }).slice(0, HANDOFFS_PER_TEAM)
    const name = `Team ${String(i + 1).padStart(2, '0')}`
    files.push({
      name: `${name}.huddle-team.json`,
      text: await buildTeamFile({
        name,
        settings,
        icpVersions: [{ effectiveWeek: '0001-W01', icp: DEFAULT_ICP }],
        weeks: teamWeeks(handoffs, settings, asOf),
        huddles: [],
        actionItems: [],
        appVersion: '0.1.0',
        createdAt: '2026-11-25T12:00:00.000Z',
        asOf: '2026-11-25T12:00:00.000Z',
      }),
    })
  }
  return files
}

/**
 * The page's folder picker answers with these files (the browser's directory handle, faked). A
 * string, not a function: tsx would wrap a function's inner functions in a `__name` helper the
 * page does not have.
 */
const FAKE_PICKER = `(files) => {
  const handle = {
    kind: 'directory',
    name: 'Bench teams',
    async *values() {
      for (const f of files) yield { kind: 'file', name: f.name, getFile: async () => new File([f.text], f.name) }
    },
  }
  window.showDirectoryPicker = async () => handle
}`

/** One open of the Teams screen: click → table of every team and every chart drawn, then a frame. */
async function openOnce(page: Page, origin: string, files: { name: string; text: string }[]): Promise<number> {
  await page.goto(`${origin}/#/teams`)
  await page.getByRole('region', { name: 'No team files yet' }).waitFor()
  await page.evaluate(([script, teamFiles]) => (0, eval)(script)(teamFiles), [FAKE_PICKER, files] as const)
  await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Choose shared folder'),
    )!
    ;(window as unknown as { __clickedAt: number }).__clickedAt = performance.now()
    button.click()
  })
  await page.waitForFunction(
    (teams) =>
      document.querySelectorAll('[data-testid="teams-table"] tbody tr').length === teams &&
      // Six charts; the rubric's has no scores in these files, so it says so instead of drawing.
      document.querySelectorAll('.charts canvas').length >= 5,
    TEAM_FILES,
    { timeout: 60_000, polling: 'raf' },
  )
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          resolve(performance.now() - (window as unknown as { __clickedAt: number }).__clickedAt),
        ),
      ),
  )
}

/** The Teams screen with 20 team files of a year each (issue 22): load, check, add up, draw. */
export async function teamsBench(origin: string, log: (m: string) => void): Promise<TeamsResult> {
  log(`building ${TEAM_FILES} team files of ${HANDOFFS_PER_TEAM.toLocaleString('en-US')} handoffs each`)
  const files = await teamFiles()
  // Each open in a profile of its own: the app keeps the team files it read (a reload shows them
  // again), so a second open in the same profile would start from a full Teams screen.
  const runsMs: number[] = []
  for (let run = 0; run < 4; run++) {
    runsMs.push(
      await withFreshProfile(async (context) => {
        const page = await context.newPage()
        page.on('pageerror', (e) => log(`app error: ${e.message}`))
        return openOnce(page, origin, files)
      }),
    )
  }
  // The first open also warms the machine's caches: reported, not judged.
  return {
    teams: TEAM_FILES,
    handoffsPerTeam: HANDOFFS_PER_TEAM,
    megabytes: files.reduce((s, f) => s + f.text.length, 0) / 2 ** 20,
    loadAndDrawMs: Math.round(medianOf(runsMs.slice(1))),
    runsMs: runsMs.map(Math.round),
  }
}
