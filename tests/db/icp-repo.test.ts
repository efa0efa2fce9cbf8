import { beforeEach, describe, expect, it } from 'vitest'
import { listIcpVersions, ORIGINAL_ICP_WEEK, recordIcpChange } from '@/db/icp-repo'
import { icpInForce } from '@/domain/rules/quality-bar'
import { DEFAULT_ICP } from '@/domain/settings'
import { freshDatabase } from '../helpers/fresh-db'

const stricter = { ...DEFAULT_ICP, minCompanySize: 100 }
const strictest = { ...DEFAULT_ICP, minCompanySize: 200 }

describe('ICP version repository', () => {
  beforeEach(() => {
    freshDatabase()
  })

  it('records the ICP used until now for earlier weeks when the ICP first changes', async () => {
    await recordIcpChange(DEFAULT_ICP, stricter, '2026-W40')
    const versions = await listIcpVersions()
    expect(versions.map((v) => [v.effectiveWeek, v.icp.minCompanySize])).toEqual([
      [ORIGINAL_ICP_WEEK, 50],
      ['2026-W40', 100],
    ])
    expect(icpInForce(versions, '2026-W39', strictest).minCompanySize).toBe(50)
    expect(icpInForce(versions, '2026-W40', strictest).minCompanySize).toBe(100)
  })

  it('adds only the new version on later changes', async () => {
    await recordIcpChange(DEFAULT_ICP, stricter, '2026-W40')
    await recordIcpChange(stricter, strictest, '2026-W45', 'Enterprise push')
    const versions = await listIcpVersions()
    expect(versions.map((v) => v.effectiveWeek)).toEqual([ORIGINAL_ICP_WEEK, '2026-W40', '2026-W45'])
    expect(versions.at(-1)!.note).toBe('Enterprise push')
  })

  it('refuses an effective week that is not an ISO week', async () => {
    await expect(recordIcpChange(DEFAULT_ICP, stricter, 'next week')).rejects.toThrow(/2026-W47/)
    expect(await listIcpVersions()).toEqual([])
  })
})
