import { nowIso } from '@/domain/clock'
import { formatThousands } from '@/domain/format'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { exportBackup, snapshotForUpgrade, type RestoreMode, type RestorePreview } from '@/db/backup-repo'
import { db, DB_NAME } from '@/db/database'
import { metricsCsv, scorecardsCsv } from '@/domain/export/metrics-csv'
import { backupRefusal } from '@/domain/export/backup-problems'
import { desktop } from '@/platform/desktop'
import type { Progress } from './handoffs'
import { localDayOf } from '@/domain/calendar/zoned'
import { useDataVersionStore } from './data-version'
import { useSettingsStore } from './settings'
import { useTrendsStore } from './trends'
import { failureText } from '@/stores/shared/db-error-notices'
import { createRestoreRunner, type RestoreRunner } from '@/workers/restore-runner'
import type { RestoreProgressListener } from '@/workers/restore-session'

/** Where the automatic backup taken before a schema upgrade is kept (see README, "Backups"). */
export const UPGRADE_BACKUP_KEY = 'handoff-huddle:pre-upgrade-backup'
/** Larger snapshots stay in memory for this session and the Data screen offers a download. */
export const LOCAL_STORAGE_LIMIT_BYTES = 4 * 1024 * 1024

export interface UpgradeBackup {
  text: string
  where: 'localStorage' | 'memory'
}

let inMemoryUpgradeBackup: string | null = null

/**
 * Keeps a pre-upgrade snapshot outside IndexedDB: in localStorage when it is under 4 MB (UTF-8)
 * and fits, otherwise in memory for this session. Returns where it went.
 */
export function keepUpgradeBackup(text: string, storage: Pick<Storage, 'setItem'> | null): UpgradeBackup['where'] {
  if (storage && new TextEncoder().encode(text).byteLength < LOCAL_STORAGE_LIMIT_BYTES) {
    try {
      storage.setItem(UPGRADE_BACKUP_KEY, text)
      return 'localStorage'
    } catch {
      // Quota exceeded: fall through to memory.
    }
  }
  inMemoryUpgradeBackup = text
  return 'memory'
}

/**
 * Called by main.ts before anything opens the database: when the database on disk is older than
 * the schema this app declares, a backup of it as it is is kept (keepUpgradeBackup) before Dexie
 * upgrades it on open. Returns where it went, or null when no upgrade is due.
 */
export async function backupBeforeUpgrade(
  appVersion: string,
  storage: Pick<Storage, 'setItem'> | null,
): Promise<UpgradeBackup['where'] | null> {
  const text = await snapshotForUpgrade(DB_NAME, { targetVersion: db().verno, appVersion })
  return text === null ? null : keepUpgradeBackup(text, storage)
}

/** Today in the team's zone (Settings): a backup made at 23:30 in New York is named for that day. */
const today = () => localDayOf(Date.parse(nowIso()), useSettingsStore().settings.timeZone)
const encode = (text: string) => new TextEncoder().encode(text)

export type Notice = { kind: 'ok' | 'error'; text: string }

/** A checked backup waiting for the user's go: its rows are held where they were checked (the worker). */
export interface PendingRestore {
  fileName: string
  preview: Extract<RestorePreview, { ok: true }>
}

const STAGE_LABELS = { checking: 'Checking the backup', writing: 'Restoring the backup' } as const

export const useDataTransferStore = defineStore('data-transfer', () => {
  const progress = ref<Progress | null>(null)
  const notice = ref<Notice | null>(null)
  const pending = shallowRef<PendingRestore | null>(null)
  const restoreMode = ref<RestoreMode>('replace')
  const upgradeBackup = shallowRef<UpgradeBackup | null>(null)
  let runner: RestoreRunner | null = null
  const restoreRunner = () => (runner ??= createRestoreRunner())
  const showProgress: RestoreProgressListener = (stage, done, total) => {
    progress.value = { label: STAGE_LABELS[stage], done, total }
  }

  async function save(
    suggestedName: string,
    text: string,
    filter: { name: string; extensions: string[] },
  ): Promise<void> {
    const saved = await desktop().saveFile({ suggestedName, bytes: encode(text), filters: [filter] })
    notice.value = saved ? { kind: 'ok', text: `Saved ${saved.path}.` } : null
  }

  async function run(label: string, work: () => Promise<void>): Promise<void> {
    progress.value = { label, done: 0, total: 1 }
    notice.value = null
    try {
      await work()
    } catch (e) {
      notice.value = { kind: 'error', text: `${label} failed: ${failureText(e)}` }
    } finally {
      progress.value = null
    }
  }

  /** Weekly metrics of the Trends range (one row per week and a total) as CSV. */
  function exportMetricsCsv(): Promise<void> {
    return run('Exporting metrics', async () => {
      const trends = useTrendsStore()
      await trends.load()
      const weeks = trends.weeks
      const name = `handoff-huddle-metrics-${weeks[0] ?? 'none'}-${weeks[weeks.length - 1] ?? 'none'}.csv`
      await save(name, metricsCsv(weeks, trends.weekly, trends.total, useSettingsStore().settings.responseTime), {
        name: 'CSV',
        extensions: ['csv'],
      })
    })
  }

  /** Every scorecard of the Trends range (SDR, AE, segment, campaign, partner) as one CSV. */
  function exportScorecardsCsv(): Promise<void> {
    return run('Exporting scorecards', async () => {
      const trends = useTrendsStore()
      await trends.load()
      const weeks = trends.weeks
      // Only the dimensions the range's exports carried: a "(none)" table is no scorecard.
      const sections = trends.dimensions.map((dimension) => ({ dimension, rows: trends.scorecardsOf(dimension) }))
      const name = `handoff-huddle-scorecards-${weeks[0] ?? 'none'}-${weeks[weeks.length - 1] ?? 'none'}.csv`
      await save(name, scorecardsCsv(sections, useSettingsStore().settings.responseTime), {
        name: 'CSV',
        extensions: ['csv'],
      })
    })
  }

  function exportBackupFile(): Promise<void> {
    return run('Creating the backup', async () => {
      const text = await exportBackup(await desktop().appVersion())
      await save(`handoff-huddle-backup-${today()}.json`, text, { name: 'Handoff Huddle backup', extensions: ['json'] })
    })
  }

  /**
   * Asks for a backup file and checks it in the restore worker, off the main thread (a 200 MB
   * file takes seconds to parse and check); nothing is changed until `restore`.
   */
  function chooseRestoreFile(): Promise<void> {
    return run('Checking the backup', async () => {
      pending.value = null
      restoreRunner().forget()
      const file = await desktop().openFile({
        title: 'Restore a backup',
        filters: [{ name: 'Handoff Huddle backup', extensions: ['json'] }],
      })
      if (!file) return
      const preview = await restoreRunner().check(file.bytes, showProgress)
      if (!preview.ok) {
        notice.value = { kind: 'error', text: backupRefusal(file.name, preview.error) }
        return
      }
      pending.value = { fileName: file.name, preview }
    })
  }

  function cancelRestore(): void {
    pending.value = null
    runner?.forget()
  }

  /**
   * Restores the checked file in one transaction (in the worker that checked it), then reloads
   * everything the app shows.
   */
  function restore(): Promise<void> {
    const chosen = pending.value
    if (!chosen) return Promise.resolve()
    const mode = restoreMode.value
    return run('Restoring the backup', async () => {
      pending.value = null
      const counts = await restoreRunner().restore(mode, showProgress)
      progress.value = { label: 'Reading the restored data', done: 0, total: 1 }
      await useSettingsStore().load()
      await useDataVersionStore().changed()
      const verb = mode === 'replace' ? 'Replaced all data with' : 'Merged'
      notice.value = {
        kind: 'ok',
        text: `${verb} ${formatThousands(counts.handoffs)} handoffs from ${chosen.fileName}.`,
      }
    })
  }

  /** Finds an automatic pre-upgrade backup (memory first, then localStorage). */
  function findUpgradeBackup(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): void {
    if (inMemoryUpgradeBackup !== null) {
      upgradeBackup.value = { text: inMemoryUpgradeBackup, where: 'memory' }
      return
    }
    const stored = storage?.getItem(UPGRADE_BACKUP_KEY) ?? null
    upgradeBackup.value = stored === null ? null : { text: stored, where: 'localStorage' }
  }

  function downloadUpgradeBackup(): Promise<void> {
    const backup = upgradeBackup.value
    if (!backup) return Promise.resolve()
    return run('Saving the automatic backup', () =>
      save(`handoff-huddle-before-upgrade-${today()}.json`, backup.text, {
        name: 'Handoff Huddle backup',
        extensions: ['json'],
      }),
    )
  }

  /** Forgets the automatic backup (after the user saved it or does not need it). */
  function discardUpgradeBackup(storage: Pick<Storage, 'removeItem'> | null = globalThis.localStorage ?? null): void {
    inMemoryUpgradeBackup = null
    storage?.removeItem(UPGRADE_BACKUP_KEY)
    upgradeBackup.value = null
  }

  return {
    progress,
    notice,
    pending,
    restoreMode,
    upgradeBackup,
    exportMetricsCsv,
    exportScorecardsCsv,
    exportBackupFile,
    chooseRestoreFile,
    cancelRestore,
    restore,
    findUpgradeBackup,
    downloadUpgradeBackup,
    discardUpgradeBackup,
  }
})
