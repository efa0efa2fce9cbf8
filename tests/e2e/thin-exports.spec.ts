/// <reference lib="dom" />
/**
 * Thin exports (docs/product.md, "What the data can show"): four small files, each without something
 * real CRM reports often lack, imported through the app with the mapping it proposes and walked
 * through every screen. Nothing may claim what the file did not carry: no percentage for it, no
 * "complete", no ✗ or red "(empty)" beside it, no mover on "(none)".
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp, startHuddle, test } from './fixtures'

const THIN = join(__dirname, '../fixtures/import/thin')
/** The files book weeks 2026-W37 to W47; the huddle reviews W47 (the last complete week). */
const WEEK = '2026-W47'

/** What one file lacks, as the words a screen would put beside a claim about it. */
interface Absent {
  /** Labels of fields and criteria the export lacks: no ✗ and no "(empty)" may sit beside them. */
  labels: string[]
  /** Labels of rates the export cannot support: no percentage may follow them. */
  rates: RegExp[]
  /** Whole claims that must not appear anywhere. */
  claims: RegExp[]
}

const PACKAGE = [
  'Discovery summary',
  'ICP fit',
  'Trigger event',
  'Timing',
  'Tech stack',
  'Budget signal',
  'ICP fit with a signal',
  'Trigger and timing',
  'Tech stack and budget',
  'Package complete',
]
const NO_PACKAGE: Absent = {
  labels: ['CRM notes', "Prospect's own words", ...PACKAGE],
  rates: [/incomplete/i, /complete/i],
  claims: [/every handoff[^.]*complete/i, /complete package/i],
}

async function importThin(page: Page, name: string): Promise<void> {
  await openApp(page, '/import')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose file…' }).click()
  await (await chooser).setFiles(join(THIN, name))
  // The mapping the app proposes, unchanged.
  await expect(page.getByRole('heading', { name: `Map the columns of ${name}` })).toBeVisible()
  await page.getByRole('button', { name: 'Preview import' }).click()
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click()
  await expect(page.getByRole('heading', { name: `Imported ${name}` })).toBeVisible()
}

interface Claim {
  kind: string
  near: string
}

/**
 * Every claim on the visible screen about what the file lacks. Text is read node by node (a label
 * and its value are separate nodes); a table is read by column, so a percentage under "On time"
 * counts but one under "Acceptance" beside it does not.
 */
async function claimsOn(page: Page, absent: Absent): Promise<Claim[]> {
  return page.locator('main').evaluate(
    (main, { labels, rates, claims }) => {
      const out: { kind: string; near: string }[] = []
      const rateRes = rates.map(([source, flags]) => new RegExp(source, flags))
      const claimRes = claims.map(([source, flags]) => new RegExp(source, flags))
      const isVisible = (el: Element | null): boolean =>
        el instanceof HTMLElement && el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden'
      const matchesLabel = (text: string): boolean =>
        labels.some((l) => text === l || text.startsWith(`${l}:`) || text.startsWith(`${l} (`))
      const percent = /\d\s?%/

      // Text outside tables, node by node.
      const nodes: string[] = []
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim() ?? ''
        if (text === '' || !isVisible(n.parentElement) || n.parentElement?.closest('table, option, select')) continue
        nodes.push(text)
      }
      nodes.forEach((text, i) => {
        const window = nodes.slice(i, i + 3).join(' | ')
        if (text === '✗' && matchesLabel(nodes[i + 1] ?? ''))
          out.push({ kind: '✗ beside an absent field', near: window })
        if (text.startsWith('✗') && matchesLabel(text.replace(/^✗\s*(Fail:\s*)?/, '')))
          out.push({ kind: '✗ beside an absent field', near: window })
        if (text === '(empty)' && matchesLabel(nodes[i - 1] ?? ''))
          out.push({ kind: '(empty) for an absent field', near: nodes.slice(i - 1, i + 1).join(' | ') })
        if (
          rateRes.some((re) => re.test(text)) &&
          text.length < 60 &&
          nodes.slice(i, i + 3).some((t) => percent.test(t))
        )
          out.push({ kind: 'a percentage for an absent field', near: window })
        if (
          /\bmover\b/i.test(text) &&
          /\((none|no category|no segment|no industry)\)|size unknown/i.test(nodes[i - 1] ?? '')
        )
          out.push({ kind: 'a mover on "(none)"', near: nodes.slice(i - 1, i + 1).join(' | ') })
      })
      const all = nodes.join('\n')
      for (const re of claimRes) {
        const m = re.exec(all)
        if (m) out.push({ kind: 'a claim', near: m[0] })
      }

      // Tables, column by column; and a row of "(none)" never flagged as a mover.
      for (const table of main.querySelectorAll('table')) {
        if (!isVisible(table)) continue
        const headRows = [...table.querySelectorAll('thead tr')]
        const head = headRows.at(-1) ?? table.querySelector('tr')
        if (!head) continue
        const headers = [...head.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')
        // A two-row head: the first row's cells span the groups; read the last row, offset by the row headers.
        const offset = headRows.length > 1 ? (headRows[0]!.querySelectorAll('[rowspan]').length ?? 0) - 1 : 0
        for (const row of table.querySelectorAll('tbody tr')) {
          const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')
          const first = cells[0] ?? ''
          if (/\((none|no category|no segment|no industry)\)|size unknown/i.test(first) && /\bmover\b/i.test(first))
            out.push({ kind: 'a mover on "(none)"', near: first })
          headers.forEach((h, j) => {
            const cell = cells[j + Math.max(0, offset)] ?? ''
            if (rateRes.some((re) => re.test(h)) && percent.test(cell))
              out.push({ kind: 'a percentage for an absent field', near: `${h}: ${cell}` })
          })
          if (matchesLabel(first) && cells.slice(1).some((c) => c === '✗' || c === '(empty)'))
            out.push({ kind: '✗ or (empty) for an absent field', near: cells.join(' | ') })
        }
      }
      return out
    },
    {
      labels: absent.labels,
      rates: absent.rates.map((r) => [r.source, r.flags] as const),
      claims: absent.claims.map((r) => [r.source, r.flags] as const),
    },
  )
}

/** Waits until the screen stops changing: its reads (a year of trends) land after the heading. */
async function settle(page: Page): Promise<void> {
  let before = ''
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250)
    const now = await page.locator('main').innerText()
    if (now === before) return
    before = now
  }
}

async function expectNoClaims(page: Page, absent: Absent, screen: string): Promise<void> {
  await settle(page)
  expect(await claimsOn(page, absent), `claims on ${screen}`).toEqual([])
}

const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda and timer' })
const stage = (page: Page) => agenda(page).locator('xpath=following-sibling::section[1]')

/**
 * Every screen: the four huddle sections, the notes preview, one handoff's detail, weekly
 * numbers and trends, checking each.
 */
async function walkEveryScreen(page: Page, absent: Absent, check: Partial<Record<Section, () => Promise<void>>> = {}) {
  await page.goto(`/#/huddle/${WEEK}`)
  await startHuddle(page)
  for (const [i, section] of SECTIONS.entries()) {
    await expect(stage(page).getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${i + 1}\\. `))
    await expectNoClaims(page, absent, `huddle section ${i + 1}`)
    await check[section]?.()
    if (section === 'calibration') {
      // Every grouping the section offers.
      const tabs = page.getByRole('group', { name: 'Dimension' }).getByRole('button')
      for (let t = 0; t < (await tabs.count()); t++) {
        await tabs.nth(t).click()
        await expectNoClaims(page, absent, `calibration, grouping ${t + 1}`)
      }
    } else {
      await page.getByRole('button', { name: 'Next section' }).click()
    }
  }
  await page.getByRole('button', { name: 'Finish huddle' }).click()
  const notes = page.getByRole('article', { name: 'Huddle summary' })
  await expect(notes).toContainText(`Handoff huddle ${WEEK}`)
  await expectNoClaims(page, absent, 'the notes preview')
  await check.notes?.()

  await page.getByRole('link', { name: 'Handoffs' }).click()
  const table = page.getByRole('table', { name: 'Handoffs' })
  await table.getByRole('row').filter({ hasText: 'Northwind Freight' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Northwind Freight')
  await expectNoClaims(page, absent, 'the handoff detail')

  await page.getByRole('link', { name: 'Weekly numbers' }).click()
  await expect(page.getByRole('heading', { name: 'Weekly numbers' })).toBeVisible()
  const week = page.getByRole('combobox', { name: 'Week' })
  if ((await week.count()) > 0) await week.first().selectOption(WEEK)
  await expectNoClaims(page, absent, 'Weekly numbers')

  await page.getByRole('link', { name: 'Trends' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoClaims(page, absent, 'Trends')
}

const SECTIONS = ['numbers', 'walk', 'breaches', 'calibration'] as const
type Section = (typeof SECTIONS)[number] | 'notes'

/** The walk's two picks differ, and each says why. */
async function expectTwoDifferentPicks(page: Page): Promise<{ strong: string; weak: string }> {
  const strong = await page.getByRole('combobox', { name: 'Strong handoff' }).inputValue()
  const weak = await page.getByRole('combobox', { name: 'Weak handoff' }).inputValue()
  if (strong !== '' || weak !== '') expect(strong).not.toBe(weak)
  await expect(page.getByTestId('why-strong')).not.toHaveText(/^Suggested because: $/)
  await expect(page.getByTestId('why-weak')).not.toHaveText(/^Suggested because: $/)
  return { strong, weak }
}

test('(a) an export without the package: picks from the decision, no SDR counted incomplete', async ({
  watched: page,
}) => {
  await importThin(page, 'huddle-no-package.csv')
  await walkEveryScreen(page, NO_PACKAGE, {
    walk: async () => {
      const picks = await expectTwoDifferentPicks(page)
      // Five handoffs were accepted this week: there is a strong pick, chosen from the decision.
      expect(picks.strong).not.toBe('')
      await expect(page.getByTestId('why-strong')).toContainText('Accepted by the AE')
      await expect(page.getByTestId('why-strong')).toContainText('This export has no handoff package')
      await expect(page.getByTestId('why-weak')).toContainText('Rejected by the AE')
      const card = page.getByRole('article', { name: /^Strong handoff/ })
      await expect(card.getByText('not in this export').first()).toBeVisible()
      await expect(card.getByText('(empty)')).toHaveCount(0)
      await expect(card.getByText('✗')).toHaveCount(0)
    },
    calibration: async () => {
      // The trigger category was carried but is mostly blank: "(no category)" moved 29 points and is no mover.
      await page.getByRole('button', { name: 'Trigger category' }).click()
      const blank = page.getByRole('row', { name: /\(no category\)/ })
      await expect(blank).toBeVisible()
      await expect(blank).not.toContainText(/mover/i)
    },
    notes: async () => {
      const notes = page.getByRole('article', { name: 'Huddle summary' })
      await expect(notes).toContainText(/this export has no/i)
      await expect(notes).not.toContainText('✗ Fail')
    },
  })
})

test('(b) an export without the decision time: no AE is on time or late', async ({ watched: page }) => {
  await importThin(page, 'huddle-no-decision-time.csv')
  const absent: Absent = {
    labels: [],
    rates: [/on.time/i, /\blate\b/i, /response time/i],
    claims: [/AE responded after the SLA deadline/, /no AE response deadline has passed/i],
  }
  await walkEveryScreen(page, absent, {
    breaches: async () => {
      await expect(page.getByRole('note', { name: 'Not in this export' })).toContainText(
        'This export has no AE decision time',
      )
      // Two handoffs are still pending past their deadline: those are known.
      await expect(page.getByRole('list', { name: 'Breaches by cause' })).toContainText(
        'AE response overdue (still pending)',
      )
    },
    walk: async () => {
      await expectTwoDifferentPicks(page)
    },
  })
})

test('(c) an export without a decision column: bookings, not decisions', async ({ watched: page }) => {
  await importThin(page, 'huddle-no-decision.csv')
  // The meetings export carries CRM notes, a required field: "Package complete" can be judged.
  const absent: Absent = {
    labels: PACKAGE.filter((l) => l !== 'Package complete'),
    rates: [/accept/i, /reject/i, /on.time/i, /\blate\b/i, /overdue/i, /pending/i, /bar/i],
    claims: [
      /AE response overdue/,
      /AE responded after the SLA deadline/,
      /no AE response deadline has passed/i,
      /No rejections this week/,
      /No SLA breaches this week/,
      /Nothing moved enough to discuss/,
    ],
  }
  await walkEveryScreen(page, absent, {
    numbers: async () => {
      const tiles = page.getByRole('group', { name: "This week's numbers" })
      await expect(tiles.getByRole('button', { name: /^Booked: 10/ })).toBeVisible()
      for (const name of ['Accepted', 'Rejected', 'Pending', 'Acceptance rate'])
        await expect(tiles.getByRole('button', { name: `${name}: not in this export`, exact: true })).toBeDisabled()
      await expect(page.getByRole('note', { name: 'Not in this export' }).first()).toContainText(
        'the file holds bookings, not decisions',
      )
    },
    walk: async () => {
      await expectTwoDifferentPicks(page)
      const card = page.getByRole('article', { name: /^(Strong|Weak) handoff/ }).first()
      if ((await card.count()) > 0) await expect(card).toContainText('decision not in this export')
    },
    breaches: async () => {
      await expect(page.getByRole('note', { name: 'Not in this export' })).toContainText('no AE is counted in breach')
    },
    calibration: async () => {
      await expect(page.getByRole('note', { name: 'Not in this export' })).toContainText('no AE decision column')
      await expect(page.getByRole('table', { name: /^Acceptance by/ })).toHaveCount(0)
    },
  })
})

test('(d) an export without any bar input: nobody is above or below the bar', async ({ watched: page }) => {
  await importThin(page, 'huddle-no-bar-inputs.csv')
  const absent: Absent = {
    labels: [
      ...NO_PACKAGE.labels,
      'Company size',
      'Industry',
      'Contact influence',
      'Company too small',
      'Contact has no influence',
    ],
    rates: [...NO_PACKAGE.rates, /below the bar/i, /above the bar/i, /bar disagreement/i],
    claims: [...NO_PACKAGE.claims, /clears? (every|the) (assessed )?bar/i],
  }
  await walkEveryScreen(page, absent, {
    walk: async () => {
      const picks = await expectTwoDifferentPicks(page)
      expect(picks.strong).not.toBe('')
      await expect(page.getByTestId('why-weak')).toContainText('with specific feedback')
    },
    calibration: async () => {
      const bar = page.getByRole('region', { name: 'Bar disagreement this quarter' })
      await expect(bar).toContainText('Not in this export.')
      await expect(bar).not.toContainText(/\d/)
      await expect(page.getByRole('note', { name: 'Not in this export' })).toContainText(
        'acceptance can only be compared for all handoffs together',
      )
      await expect(page.getByRole('group', { name: 'Dimension' })).toHaveCount(0)
      // Decisions were carried: acceptance of all handoffs, this quarter vs last, with its base.
      await expect(page.getByRole('table', { name: 'Acceptance of all handoffs' })).toContainText(/% of \d+/)
    },
  })
})
