import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import App from '@/App.vue'
import { routes } from '@/router'
import { saveSettings } from '@/db/settings-repo'
import { DEFAULT_RESPONSE_TIME, defaultSettings } from '@/domain/settings'
import { CONTACT_INFLUENCES, HANDOFF_FIELDS, OUTCOMES, REJECTION_REASONS, TRIGGER_CATEGORIES } from '@/domain/handoff'
import { FIELD_LABELS } from '@/domain/field-labels'
import { huddleToHtml, huddleToMarkdown } from '@/domain/huddle/notes-export'
import { metricsCsvHeaders, scorecardsCsvHeaders } from '@/domain/export/metrics-csv'
import { useHandoffsStore } from '@/stores/handoffs'
import { useHuddleStore } from '@/stores/huddle'
import { useDbErrors } from '@/composables/use-db-errors'
import { useImportStore } from '@/stores/import'
import { setDesktop } from '@/platform/desktop'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import { freshDatabase } from '../helpers/fresh-db'

/**
 * No screen or export shows a field's code name (`bookedAt`, `aeFeedback`) or a raw value code
 * (`no_authority`, `decision_maker`): every field reads by its label (field-labels.ts). Each
 * screen is rendered with the demo data and its text, titles, labels and placeholders scanned.
 */
const CODE_NAMES = [
  // Code names that are not also plain words (`sdr`, `company`, `status` read fine as words).
  ...HANDOFF_FIELDS.filter((f) => /[A-Z]/.test(f)),
  ...[...REJECTION_REASONS, ...CONTACT_INFLUENCES, ...TRIGGER_CATEGORIES, ...OUTCOMES].filter((v) => v.includes('_')),
]
const CODE_PATTERN = new RegExp(`\\b(${CODE_NAMES.join('|')})\\b`)

/**
 * Any camelCase or snake_case word: a code name, an enum value or an internal list the code
 * knows and a person does not ("externalId", "duplicate_or_existing", "rejectionReason").
 */
const CODE_TOKEN = /(?<![\w.@/-])(?:[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w@/-]|\.\w)/g

/** What a person reads of the page: each text and the titles, labels and placeholders. */
function readableTexts(root: Element): string[] {
  const texts: string[] = []
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style, script')) texts.push(node.textContent ?? '')
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr)
      if (value) texts.push(value)
    }
  }
  return texts
}

/** Every code name found in what a person reads of the page. */
function codeNamesIn(root: Element): string[] {
  const texts = readableTexts(root)
  const found = [
    ...[root.textContent ?? '', ...texts].flatMap((t) => t.match(new RegExp(CODE_PATTERN, 'g')) ?? []),
    ...texts.flatMap((t) => t.match(CODE_TOKEN) ?? []),
  ]
  return [...new Set(found)]
}

// A Thursday afternoon: the demo's week is well under way.
const NOW = Date.parse('2026-11-26T14:00:00Z')

let wrapper: VueWrapper | null = null
async function screen(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(document.body.textContent).not.toMatch(/Loading|Reading/)
  })
  return { router, root: document.body }
}

describe('field labels on every screen', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    freshDatabase()
    // A notice left by the screen of the test before must not stand in this one's text.
    useDbErrors().clear()
    setActivePinia(createPinia())
    await saveSettings(defaultSettings('America/New_York'))
    await useHandoffsStore().loadDemo()
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('has a label for every field, in words', () => {
    for (const field of HANDOFF_FIELDS) expect(FIELD_LABELS[field]).not.toMatch(CODE_PATTERN)
  })

  it.each([
    ['/handoffs', 'Checklist marks'],
    ['/weekly', 'Acceptance rate'],
    ['/trends', 'Quarter over quarter'],
    ['/huddles', 'Past huddles'],
    ['/data', 'Metrics and scorecards'],
    ['/settings', 'Rejection reason rules'],
    ['/import', 'XLSX'],
  ])('shows no code name on %s', async (path, shown) => {
    const { root } = await screen(path)
    // Trends shows its figures once the range's weeks are read.
    await vi.waitFor(() => expect(root.textContent).toContain(shown), { timeout: 5000 })
    expect(codeNamesIn(root)).toEqual([])
  })

  it("shows no code name on a handoff's page", async () => {
    const id = useHandoffsStore().rows.find((r) => r.status === 'rejected')!.id
    const { root } = await screen(`/handoffs/${encodeURIComponent(id)}`)
    expect(root.textContent).toContain("The AE's decision")
    expect(codeNamesIn(root)).toEqual([])
  })

  it('shows no code name in any section of a running huddle, nor in its exported notes', async () => {
    const { root } = await screen('/huddle')
    const huddle = useHuddleStore()
    await vi.waitFor(() => expect(wrapper!.find('form[aria-label="Start the huddle"]').exists()).toBe(true))
    expect(codeNamesIn(root)).toEqual([])
    await wrapper!.get('input[aria-label="Facilitator"]').setValue('Maya')
    await wrapper!.get('form[aria-label="Start the huddle"]').trigger('submit')
    for (let section = 0; section < 4; section++) {
      await vi.waitFor(async () => {
        await flushPromises()
        expect(root.textContent).toContain(`${section + 1}. ${huddle.agenda[section]!.title}`)
      })
      expect({ section, found: codeNamesIn(root) }).toEqual({ section, found: [] })
      huddle.nextSection()
    }
    const input = huddle.exportInput(false)!
    expect(huddleToMarkdown(input).match(new RegExp(CODE_PATTERN, 'g'))).toBeNull()
    expect(huddleToHtml(input).match(new RegExp(CODE_PATTERN, 'g'))).toBeNull()
  })

  it("names no field by its code in the CSV exports' headers", () => {
    for (const unit of ['business_days', 'working_hours'] as const) {
      const measure = { ...DEFAULT_RESPONSE_TIME, unit }
      expect([...metricsCsvHeaders(measure), ...scorecardsCsvHeaders(measure)].join(',')).not.toMatch(CODE_PATTERN)
    }
  })
})

describe('the code-word check itself', () => {
  it('catches camelCase and snake_case words, and leaves ids, files and addresses alone', () => {
    const text =
      'values for status, rejectionReason — as read (duplicate_or_existing) — externalId; ' +
      'ui-hubspot.csv, dana.reyes@acme.com, 0051x000003AbCd, HubSpot, Salesforce'
    expect(text.match(CODE_TOKEN)).toEqual(['rejectionReason', 'duplicate_or_existing', 'externalId'])
  })
})

describe('manager words after a real-layout export with no package fields', () => {
  const EXPORT = readFileSync(join(process.cwd(), 'tests/fixtures/import/exports/hubspot-deals.csv'))

  beforeEach(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    freshDatabase()
    useDbErrors().clear()
    setActivePinia(createPinia())
    await saveSettings(defaultSettings('America/New_York'))
    setDesktop({
      ...createBrowserDesktop(),
      openFile: async () => ({ name: 'hubspot-deals.csv', bytes: new Uint8Array(EXPORT) }),
    })
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('shows no code word while mapping, previewing and reporting the import, nor on any screen after it', async () => {
    const { router, root } = await screen('/import')
    const store = useImportStore()
    const settle = async (step: string) => {
      await vi.waitFor(async () => {
        await flushPromises()
        expect(store.step).toBe(step)
      })
      await flushPromises()
    }
    await store.chooseFile()
    await settle('mapping')
    expect(root.textContent).toContain('Column in the file')
    expect({ step: 'mapping', found: codeNamesIn(root) }).toEqual({ step: 'mapping', found: [] })
    await store.toPreview()
    await settle('preview')
    expect({ step: 'preview', found: codeNamesIn(root) }).toEqual({ step: 'preview', found: [] })
    await store.commit()
    await settle('report')
    expect(root.textContent).toContain('Import history')
    expect({ step: 'report', found: codeNamesIn(root) }).toEqual({ step: 'report', found: [] })

    for (const path of ['/handoffs', '/weekly', '/trends', '/huddles', '/data', '/settings']) {
      await router.push(path)
      await vi.waitFor(async () => {
        await flushPromises()
        expect(document.body.textContent).not.toMatch(/Loading|Reading/)
      })
      expect({ path, found: codeNamesIn(root) }).toEqual({ path, found: [] })
    }
    const id = useHandoffsStore().rows.find((r) => r.status === 'rejected')!.id
    await router.push(`/handoffs/${encodeURIComponent(id)}`)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(root.textContent).toContain("The AE's decision")
    })
    expect({ path: 'handoff', found: codeNamesIn(root) }).toEqual({ path: 'handoff', found: [] })

    await router.push('/huddle')
    const huddle = useHuddleStore()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper!.find('form[aria-label="Start the huddle"]').exists()).toBe(true)
    })
    expect({ path: 'huddle', found: codeNamesIn(root) }).toEqual({ path: 'huddle', found: [] })
    await wrapper!.get('input[aria-label="Facilitator"]').setValue('Maya')
    await wrapper!.get('form[aria-label="Start the huddle"]').trigger('submit')
    for (let section = 0; section < 4; section++) {
      await vi.waitFor(async () => {
        await flushPromises()
        expect(root.textContent).toContain(`${section + 1}. ${huddle.agenda[section]!.title}`)
      })
      expect({ section, found: codeNamesIn(root) }).toEqual({ section, found: [] })
      huddle.nextSection()
    }
    const input = huddle.exportInput(false)!
    expect(huddleToMarkdown(input).match(CODE_TOKEN)).toBeNull()
    expect(
      huddleToHtml(input)
        .replace(/<[^>]*>/g, ' ')
        .match(CODE_TOKEN),
    ).toBeNull()
  })
})

describe('wording in the source', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) ? [join(dir, e.name)] : [],
    )
  const sources = files(join(process.cwd(), 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))

  it('writes counts as words ("1 decision", "2 decisions"), never "decision(s)"', () => {
    // Comments may say "header(s)"; what is shown may not.
    const shown = (line: string) => !/^\s*(\*|\/\/|\/\*)/.test(line)
    const found = sources.flatMap(({ path, text }) =>
      text
        .split('\n')
        .filter((line) => shown(line) && /[a-z]\(s\) [a-z]/.test(line))
        .map((line) => `${path.slice(process.cwd().length)}: ${line.trim()}`),
    )
    expect(found).toEqual([])
  })
})
