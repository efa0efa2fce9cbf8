import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { dbErrorMessage, isDatabaseError } from '@/db/errors'

describe('dbErrorMessage', () => {
  it('says the disk is full for a QuotaExceededError', () => {
    expect(dbErrorMessage(new Dexie.QuotaExceededError('quota'))).toMatchObject({
      kind: 'quota',
      title: 'The disk is full: that change was not saved',
    })
  })

  it('reports the full disk behind a transaction that aborted because of it', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('quota'))
    expect(dbErrorMessage(aborted)?.kind).toBe('quota')
  })

  it('reports the full disk behind a bulk write whose rows failed on it', () => {
    const bulk = new Dexie.BulkError('1 of 1000 operations failed', { 3: new Dexie.QuotaExceededError('quota') })
    expect(dbErrorMessage(bulk)?.kind).toBe('quota')
  })

  it('recognises a browser QuotaExceededError that Dexie did not wrap', () => {
    expect(dbErrorMessage(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))?.kind).toBe('quota')
  })

  it('asks for a reload when the database was closed', () => {
    expect(dbErrorMessage(new Dexie.DatabaseClosedError())).toMatchObject({
      kind: 'closed',
      title: 'The local database was closed',
    })
  })

  it('says a plain aborted transaction saved nothing', () => {
    expect(dbErrorMessage(new Dexie.AbortError('Transaction aborted'))).toMatchObject({
      kind: 'aborted',
      title: 'That change was cancelled: nothing of it was saved',
    })
  })

  it('names a newer app for a VersionError', () => {
    expect(dbErrorMessage(new Dexie.VersionError('Requested version (1) is less than existing (2)'))?.kind).toBe(
      'version',
    )
  })

  it('passes the cause of a failed open on to the user', () => {
    const failed = new Dexie.OpenFailedError('open failed', new Error('Permission denied'))
    expect(dbErrorMessage(failed)).toMatchObject({ kind: 'open' })
    expect(dbErrorMessage(failed)?.detail).toContain('Permission denied.')
  })

  it('gives any other Dexie error a general message with its text', () => {
    const message = dbErrorMessage(new Dexie.ConstraintError('Key already exists'))
    expect(message).toMatchObject({ kind: 'other', title: 'A database operation failed' })
    expect(message?.detail).toContain('Key already exists.')
  })

  it('leaves errors that are not about the database alone', () => {
    expect(dbErrorMessage(new TypeError('x is undefined'))).toBeNull()
    expect(dbErrorMessage('a string')).toBeNull()
    expect(dbErrorMessage(undefined)).toBeNull()
    expect(isDatabaseError(new Error('Import cancelled'))).toBe(false)
  })
})
