import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { putHandoffs, toStored } from '@/db/handoff-repo'
import { exportBackup } from '@/db/backup-repo'
import { setDesktop } from '@/platform/desktop'
import type { DesktopApi, OpenedFile, SaveFileRequest } from '@/shared/ipc-contract'
import {
  keepUpgradeBackup,
  LOCAL_STORAGE_LIMIT_BYTES,
  UPGRADE_BACKUP_KEY,
  useDataTransferStore,
} from '@/stores/data-transfer'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTrendsStore } from '@/stores/trends'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'
import { edited } from '../helpers/backups'

/** A desktop bridge that records saved files and hands out one file to open. */
function fakeDesktop(toOpen: OpenedFile | null = null) {
  const saved: SaveFileRequest[] = []
  const api: DesktopApi = {
    kind: 'browser',
    openFile: async () => toOpen,
    saveFile: async (request) => {
      saved.push(request)
      return { path: request.suggestedName }
    },
    printToPdf: async () => null,
    appVersion: async () => '9.9.9',
    setFullScreen: async () => undefined,
    onMenuCommand: () => () => undefined,
    chooseTeamFolder: async () => null,
    readTeamFolder: async () => null,
    onTeamFolderChanged: () => () => undefined,
    choosePublishFolder: async () => null,
    publishFolder: async () => null,
    writeTeamFile: async () => null,
  }
  setDesktop(api)
  return { saved, text: (i: number) => new TextDecoder().decode(saved[i]!.bytes) }
}

const NOW = Date.parse('2026-11-18T12:00:00.000Z')

async function seed(n = 3) {
  const settings = useSettingsStore()
  await settings.save({ ...settings.settings, timeZone: 'UTC' })
  await putHandoffs(
    Array.from({ length: n }, (_, i) =>
      toStored(
        aHandoff({
          externalId: `h${i}`,
          sdr: i === 0 ? '=HYPERLINK("x")' : 'Ana',
          status: 'accepted',
          bookedAt: '2026-11-16T10:00:00.000Z',
        }),
        'crm',
        'UTC',
        null,
      ),
    ),
  )
  await useHandoffsStore().refresh()
  await useTrendsStore().reload(NOW)
}

const file = (name: string, text: string): OpenedFile => ({ name, bytes: new TextEncoder().encode(text) })

describe('data transfer store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
  })

  it('exports the scorecards of the range with formula-like names neutralised', async () => {
    await seed()
    const desk = fakeDesktop()
    await useDataTransferStore().exportScorecardsCsv()
    expect(desk.saved[0]!.suggestedName).toBe('handoff-huddle-scorecards-2026-W35-2026-W47.csv')
    expect(desk.text(0)).toContain(`\r\nSDR,"'=HYPERLINK(""x"")",1,`)
  })

  it('exports weekly metrics with one row per week and a total', async () => {
    await seed()
    const desk = fakeDesktop()
    await useDataTransferStore().exportMetricsCsv()
    const lines = desk.text(0).trim().split('\r\n')
    expect(lines).toHaveLength(15)
    expect(lines[13]!.startsWith('2026-W47,3,3,0,0,100,')).toBe(true)
  })

  it('previews a valid backup and restores it, replacing what is there', async () => {
    await seed(3)
    const text = await exportBackup('1.0.0')
    await putHandoffs([toStored(aHandoff({ externalId: 'extra' }), 'crm', 'UTC', null)])
    fakeDesktop(file('backup.json', text))
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    expect(store.pending?.preview.counts.handoffs).toBe(3)
    store.restoreMode = 'replace'
    await store.restore()
    expect(store.notice).toEqual({ kind: 'ok', text: 'Replaced all data with 3 handoffs from backup.json.' })
    expect(useHandoffsStore().range.count).toBe(3)
  })

  it.each([
    ['a truncated file', (t: string) => t.slice(0, t.length - 20), 'it is not valid JSON'],
    ['a flipped byte', (t: string) => t.replace('"sdr":"Ana"', '"sdr":"Anb"'), 'its checksum does not match'],
    [
      'a newer version',
      (t: string) => t.replace(/"schemaVersion":(\d+)/, (_, v: string) => `"schemaVersion":${Number(v) + 1}`),
      'made by a newer version',
    ],
  ])('refuses %s with a message and changes nothing', async (_name, damage, message) => {
    await seed(3)
    fakeDesktop(file('bad.json', damage(await exportBackup('1.0.0'))))
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    expect(store.pending).toBeNull()
    expect(store.notice?.kind).toBe('error')
    expect(store.notice?.text).toMatch(/^bad\.json: .*, so nothing was restored\.$/)
    expect(store.notice?.text).toContain(message)
    expect(useHandoffsStore().range.count).toBe(3)
  })

  it('refuses a crafted backup in words, naming the handoff and the field, and changes nothing', async () => {
    await seed(3)
    const crafted = await edited(await exportBackup('1.0.0'), (f) => {
      f.data.handoffs[0].status = 'maybe'
    })
    fakeDesktop(file('crafted.json', crafted))
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    expect(store.notice?.text).toMatch(
      /^crafted\.json: handoff \S+ has a Status field that is not one of pending, accepted or rejected, so nothing was restored\.$/,
    )
    expect(useHandoffsStore().range.count).toBe(3)
  })

  it('forgets a checked file when the restore is cancelled, and changes nothing', async () => {
    await seed(3)
    const text = await exportBackup('1.0.0')
    await putHandoffs([toStored(aHandoff({ externalId: 'extra' }), 'crm', 'UTC', null)])
    fakeDesktop(file('backup.json', text))
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    store.cancelRestore()
    await store.restore()
    expect(store.pending).toBeNull()
    expect(store.notice).toBeNull()
    await useHandoffsStore().refresh()
    expect(useHandoffsStore().range.count).toBe(4)
  })

  it('refuses a backup past the restore limits in a sentence before checking its rows', async () => {
    await seed(3)
    const text = (await exportBackup('1.0.0')).replace(/"actionItems":0/, '"actionItems":1000000')
    fakeDesktop(file('huge.json', text))
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    expect(store.notice?.text).toBe(
      'huge.json: it holds 1,000,000 action items, more than the 50,000 the app restores, so nothing was restored.',
    )
    expect(store.pending).toBeNull()
  })

  it('refuses a file that is not text', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]
    fakeDesktop({ name: 'photo.json', bytes: new Uint8Array(png) })
    const store = useDataTransferStore()
    await store.chooseRestoreFile()
    expect(store.notice?.text).toBe(
      'photo.json: this is not a Handoff Huddle backup (it is not text), so nothing was restored.',
    )
  })
})

describe('automatic backup before an upgrade', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    useDataTransferStore().discardUpgradeBackup()
  })

  it('keeps a small snapshot in localStorage and finds it on the Data screen', () => {
    expect(keepUpgradeBackup('{"small":true}', localStorage)).toBe('localStorage')
    expect(localStorage.getItem(UPGRADE_BACKUP_KEY)).toBe('{"small":true}')
    const store = useDataTransferStore()
    store.findUpgradeBackup()
    expect(store.upgradeBackup).toEqual({ text: '{"small":true}', where: 'localStorage' })
  })

  it('keeps a snapshot of 4 MB or more in memory and offers it for download', async () => {
    const big = 'x'.repeat(LOCAL_STORAGE_LIMIT_BYTES)
    expect(keepUpgradeBackup(big, localStorage)).toBe('memory')
    expect(localStorage.getItem(UPGRADE_BACKUP_KEY)).toBeNull()
    const desk = fakeDesktop()
    const store = useDataTransferStore()
    store.findUpgradeBackup()
    expect(store.upgradeBackup?.where).toBe('memory')
    await store.downloadUpgradeBackup()
    expect(desk.saved[0]!.suggestedName).toMatch(/^handoff-huddle-before-upgrade-\d{4}-\d{2}-\d{2}\.json$/)
    expect(desk.saved[0]!.bytes.byteLength).toBe(LOCAL_STORAGE_LIMIT_BYTES)
  })

  it('falls back to memory when localStorage refuses (quota)', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(keepUpgradeBackup('{}', full)).toBe('memory')
  })
})

describe('backupBeforeUpgrade', () => {
  it('keeps nothing when there is no database on disk yet or it is already at this version', async () => {
    const { backupBeforeUpgrade } = await import('@/stores/data-transfer')
    const { DB_NAME, HuddleDatabase, setDatabase } = await import('@/db/database')
    const storage = {
      setItem: () => {
        throw new Error('must not store')
      },
    }
    setDatabase(new HuddleDatabase(DB_NAME))
    expect(await backupBeforeUpgrade('1.0.0', storage)).toBeNull()
    const onDisk = new HuddleDatabase(DB_NAME)
    await onDisk.open()
    onDisk.close()
    expect(await backupBeforeUpgrade('1.0.0', storage)).toBeNull()
  })

  it('keeps a backup of an older database on disk before the app upgrades it', async () => {
    const { default: Dexie } = await import('dexie')
    const { backupBeforeUpgrade, UPGRADE_BACKUP_KEY } = await import('@/stores/data-transfer')
    const { DB_NAME, HuddleDatabase, setDatabase } = await import('@/db/database')
    await Dexie.delete(DB_NAME)
    const old = new Dexie(DB_NAME)
    old.version(0.5).stores({ handoffs: 'id, week' })
    await old.open()
    await old.table('handoffs').put({ id: 'crm::1', week: '2026-W47' })
    old.close()
    setDatabase(new HuddleDatabase(DB_NAME))
    const stored = new Map<string, string>()
    expect(await backupBeforeUpgrade('1.0.0', { setItem: (k, v) => void stored.set(k, v) })).toBe('localStorage')
    expect(JSON.parse(stored.get(UPGRADE_BACKUP_KEY)!)).toMatchObject({
      schemaVersion: 0.5,
      appVersion: '1.0.0',
      counts: { handoffs: 1 },
    })
    await Dexie.delete(DB_NAME)
  })
})
