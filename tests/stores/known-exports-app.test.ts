import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { allHandoffs } from '@/db/handoff-repo'
import { setDesktop } from '@/platform/desktop'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import { setImportRunner, useImportStore } from '@/stores/import'
import { useSettingsStore } from '@/stores/settings'
import { freshDatabase } from '../helpers/fresh-db'

/**
 * The app's own import path — the import store, its mapping draft, the plan and the write — on
 * every known-export fixture, against the same hand-derived truth the `report` command is checked
 * against (tests/cli/known-exports.test.ts): the app and `report` agree on every fixture.
 */
const DIR = join(__dirname, '../fixtures/import/exports')
interface Truth {
  layout: string
  importSource: string
  rows: number
  imported: number
  rejected: { line: number }[]
  weeks: { week: string; booked: number; accepted: number; rejected: number; pending: number }[]
}
const truths: Truth[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Truth)

describe('the import screen on every known CRM export', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    setImportRunner(null)
  })

  it.each(truths.map((t) => [t.layout, t] as const))(
    'imports %s with the numbers report gives',
    async (layout, truth) => {
      const settings = useSettingsStore()
      await settings.load()
      await settings.save({ ...settings.settings, timeZone: 'UTC' })
      const bytes = new Uint8Array(readFileSync(join(DIR, `${layout}.csv`)))
      setDesktop({ ...createBrowserDesktop(), openFile: async () => ({ name: `${layout}.csv`, bytes }) })
      const store = useImportStore()

      await store.chooseFile()
      expect(store.importSource).toBe(truth.importSource)
      await store.toPreview()
      expect(store.error).toBeNull()
      expect(store.parse!.rows).toBe(truth.rows)
      expect(store.parse!.rejected.map((r) => r.line)).toEqual(truth.rejected.map((r) => r.line))
      // One confirmation: importing is the only step after the preview.
      await store.commit()
      expect(store.report!.run).toMatchObject({ rows: truth.rows, rejected: truth.rejected.length })

      const weeks = new Map<
        string,
        { week: string; booked: number; accepted: number; rejected: number; pending: number }
      >()
      for (const h of await allHandoffs()) {
        const w = weeks.get(h.week) ?? { week: h.week, booked: 0, accepted: 0, rejected: 0, pending: 0 }
        w.booked++
        w[h.status]++
        weeks.set(h.week, w)
      }
      expect([...weeks.values()].sort((a, b) => a.week.localeCompare(b.week))).toEqual(
        truth.weeks.map(({ week, booked, accepted, rejected, pending }) => ({
          week,
          booked,
          accepted,
          rejected,
          pending,
        })),
      )
    },
  )
})
