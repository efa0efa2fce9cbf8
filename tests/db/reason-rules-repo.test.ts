import { beforeEach, describe, expect, it } from 'vitest'
import { exportBackup, previewRestore, restoreBackup } from '@/db/backup-repo'
import { buildBackup } from '@/domain/export/backup'
import { loadReasonRules, saveReasonRules } from '@/db/reason-rules-repo'
import { loadSettings } from '@/db/settings-repo'
import { clearAllData } from '@/db/handoff-repo'
import { DEFAULT_REASON_RULES } from '@/domain/rules/reasons'
import { freshDatabase } from '../helpers/fresh-db'

describe('reason rules repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('starts with the default rules', async () => {
    expect(await loadReasonRules()).toEqual(DEFAULT_REASON_RULES)
  })

  it('saves edited rules beside the settings and keeps them through "clear all data"', async () => {
    await saveReasonRules([{ pattern: '/^dq[ -]?size$/', reason: 'too_small' }])
    await clearAllData()
    expect(await loadReasonRules()).toEqual([{ pattern: '/^dq[ -]?size$/', reason: 'too_small' }])
    expect((await loadSettings()).sampleSize).toBe(5)
  })

  it('saves rules as words', async () => {
    await saveReasonRules([{ pattern: 'too small, under 50 employees', reason: 'too_small' }])
    expect(await loadReasonRules()).toEqual([{ pattern: 'too small, under 50 employees', reason: 'too_small' }])
  })

  it('refuses a rule without a word', async () => {
    await expect(saveReasonRules([{ pattern: ' , ', reason: 'other' }])).rejects.toThrow()
  })

  it('restores a backup that holds saved rules, words and an older regular expression alike', async () => {
    const rules = [
      { pattern: '/too small|tiny/', reason: 'too_small' as const },
      { pattern: 'no budget holder', reason: 'no_authority' as const },
    ]
    await saveReasonRules(rules)
    const text = await exportBackup('0.1.0', '2026-11-23T10:00:00.000Z')
    freshDatabase()
    await restoreBackup(text, 'replace')
    expect(await loadReasonRules()).toEqual(rules)
  })

  it('refuses a backup whose reason rule has no word, saying so in words', async () => {
    const text = JSON.parse(await exportBackup('0.1.0', '2026-11-23T10:00:00.000Z')) as {
      schemaVersion: number
      data: Record<string, unknown[]>
    }
    text.data.settings = [{ key: 'reasonRules', value: [{ pattern: ' , ', reason: 'too_small' }] }]
    const crafted = await buildBackup(text.data as never, {
      schemaVersion: text.schemaVersion,
      appVersion: '0.1.0',
      createdAt: '2026-11-23T10:00:00.000Z',
    })
    const preview = await previewRestore(crafted)
    expect(preview).toMatchObject({ ok: false, error: expect.stringContaining('reason rule words') })
  })

  it('refuses an invalid regular expression', async () => {
    await expect(saveReasonRules([{ pattern: '/([/', reason: 'other' }])).rejects.toThrow()
    expect(await loadReasonRules()).toEqual(DEFAULT_REASON_RULES)
  })
})
