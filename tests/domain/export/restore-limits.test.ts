import { describe, expect, it } from 'vitest'
import {
  backupSizeProblem,
  declaredCounts,
  MAX_BACKUP_BYTES,
  RESTORE_LIMITS,
  restoreLimitProblem,
} from '@/domain/export/restore-limits'
import { BACKUP_TABLE_NAMES } from '@/domain/export/backup'

describe('restore limits', () => {
  it('has a limit for every table a backup holds', () => {
    expect(Object.keys(RESTORE_LIMITS).sort()).toEqual([...BACKUP_TABLE_NAMES].sort())
  })

  it('lets a backup at the limits through', () => {
    expect(restoreLimitProblem({ ...RESTORE_LIMITS })).toBeNull()
  })

  it('names the first table past its limit in words, with both numbers', () => {
    expect(restoreLimitProblem({ handoffs: 10, actionItems: 1_000_000 })).toBe(
      'it holds 1,000,000 action items, more than the 50,000 the app restores',
    )
    expect(restoreLimitProblem({ handoffs: 200_001 })).toBe(
      'it holds 200,001 handoffs, more than the 200,000 the app restores',
    )
  })

  it('leaves counts that are not numbers to the backup check, which names them', () => {
    expect(restoreLimitProblem({ handoffs: '9999999' })).toBeNull()
  })

  it('refuses a file larger than the inputs the app reads', () => {
    expect(backupSizeProblem(MAX_BACKUP_BYTES)).toBeNull()
    expect(backupSizeProblem(MAX_BACKUP_BYTES + 1)).toBe('it is larger than 200 MB, the most the app reads')
  })
})

describe('declaredCounts', () => {
  it('reads the counts a backup declares before its data', () => {
    const text = '{"format":"handoff-huddle-backup","counts":{"handoffs":2,"actionItems":5},"data":{"handoffs":[]}}'
    expect(declaredCounts(text)).toEqual({ handoffs: 2, actionItems: 5 })
  })

  it('gives nothing for a file without counts at its start, or with counts that are not JSON', () => {
    expect(declaredCounts(`{"data":{${' '.repeat(5000)}},"counts":{"handoffs":1}}`)).toBeNull()
    expect(declaredCounts('{"counts":{"handoffs":1,}}')).toBeNull()
    expect(declaredCounts('not a backup')).toBeNull()
  })
})
