import { beforeEach, describe, expect, it } from 'vitest'
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

  it('refuses an invalid regular expression', async () => {
    await expect(saveReasonRules([{ pattern: '/([/', reason: 'other' }])).rejects.toThrow()
    expect(await loadReasonRules()).toEqual(DEFAULT_REASON_RULES)
  })
})
