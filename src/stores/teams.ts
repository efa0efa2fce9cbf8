import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { nowMs } from '@/domain/clock'
import { previousQuarter, weeksOfQuarter } from '@/domain/calendar/quarters'
import { readTeamFile } from '@/domain/teams/read-team-file'
import { quartersOf, rollupQuarter, type RollupTeam } from '@/domain/teams/rollup'
import { teamCharts } from '@/domain/teams/team-charts'
import { afterRead, countedSources, teamNotices, type TeamSource } from '@/domain/teams/team-library'
import { desktop } from '@/platform/desktop'
import { desktopErrorText } from '@/platform/error-text'
import type { TeamFolder } from '@/shared/ipc-contract'
import { forgetTeamFiles, keepTeamFiles, keptTeamFiles } from '@/db/kept-team-files-repo'
import type { TeamFileRow } from '@/db/rows'
import { useSettingsStore } from './settings'

/** Sources from the chosen folder are keyed by this prefix and the file's name. */
const FOLDER = 'folder:'
const PICKED = 'file:'

/**
 * The leader's Teams screen: team files added one by one or read from a shared folder, each
 * read-only and kept apart from this app's own data. Every read keeps the last good copy of a
 * file (team-library.ts); the quarter's rows, total and charts are worked out in the domain.
 */
export const useTeamsStore = defineStore('teams', () => {
  const settings = useSettingsStore()
  const sources = shallowRef<TeamSource[]>([])
  const folderName = ref<string | null>(null)
  const chosenQuarter = ref<string | null>(null)
  const isComparing = ref(false)
  const isBusy = ref(false)
  const error = ref<string | null>(null)
  const appVersion = ref('0.0.0')
  /** "Now" of the last read: what stale is judged against. */
  const readAt = ref(nowMs())
  let unwatch: (() => void) | null = null

  const fiscalStart = computed(() => settings.settings.fiscalYearStartMonth)
  const teams = computed<RollupTeam[]>(() =>
    countedSources(sources.value).map(({ lastGood }) => ({
      name: lastGood!.team.name,
      weeks: lastGood!.data.weeks,
      actionItems: lastGood!.data.actionItems,
    })),
  )
  const quarters = computed(() => quartersOf(teams.value, fiscalStart.value))
  const quarter = computed(() =>
    chosenQuarter.value && quarters.value.includes(chosenQuarter.value)
      ? chosenQuarter.value
      : (quarters.value.at(-1) ?? null),
  )
  const rollup = computed(() => (quarter.value ? rollupQuarter(teams.value, quarter.value, fiscalStart.value) : null))
  const previous = computed(() =>
    quarter.value && isComparing.value
      ? rollupQuarter(teams.value, previousQuarter(quarter.value), fiscalStart.value)
      : null,
  )
  const weeks = computed(() => (quarter.value ? weeksOfQuarter(quarter.value, fiscalStart.value) : []))
  const charts = computed(() => teamCharts(teams.value, weeks.value))
  const notices = computed(() => teamNotices(sources.value, readAt.value, appVersion.value, fiscalStart.value))
  /** The counted file of the team of this name (its Trends open read-only from it), or null. */
  const sourceOf = (name: string): TeamSource | null =>
    countedSources(sources.value).find((s) => s.lastGood!.team.name === name) ?? null

  /**
   * Reads files into their sources and keeps the copies that pass every check (the last good copy
   * survives a restart); with `isFolder`, the folder's sources become exactly these files.
   */
  async function ingest(files: { source: string; name: string; text: string }[], isFolder: boolean): Promise<void> {
    const bySource = new Map(sources.value.map((s) => [s.source, s]))
    const next = isFolder ? sources.value.filter((s) => !s.source.startsWith(FOLDER)) : [...sources.value]
    const good: TeamFileRow[] = []
    const readAtIso = new Date(nowMs()).toISOString()
    for (const f of files) {
      const read = await readTeamFile(f.text)
      if (read.ok) good.push({ source: f.source, fileName: f.name, text: f.text, readAt: readAtIso })
      const updated = afterRead(bySource.get(f.source), f.source, f.name, read)
      const i = next.findIndex((s) => s.source === f.source)
      if (i >= 0) next[i] = updated
      else next.push(updated)
    }
    const gone = sources.value.filter((s) => !next.some((n) => n.source === s.source)).map((s) => s.source)
    readAt.value = nowMs()
    sources.value = next
    await Promise.all([keepTeamFiles(good), forgetTeamFiles(gone)])
  }

  /** The team files kept from earlier runs: shown at once, before any folder is read again. */
  async function loadKept(): Promise<void> {
    if (sources.value.length > 0) return
    const kept = await keptTeamFiles()
    const restored: TeamSource[] = []
    for (const row of kept) restored.push(afterRead(undefined, row.source, row.fileName, await readTeamFile(row.text)))
    sources.value = restored.filter((s) => s.lastGood !== null)
  }

  async function run(job: () => Promise<void>): Promise<void> {
    isBusy.value = true
    error.value = null
    try {
      appVersion.value = await desktop().appVersion()
      await job()
    } catch (e) {
      error.value = desktopErrorText(e)
    } finally {
      isBusy.value = false
    }
  }

  const fromFolder = (folder: TeamFolder) =>
    folder.files.map((f) => ({ source: `${FOLDER}${f.name}`, name: f.name, text: f.text }))

  /** Adds one team file chosen by hand; it stays until removed and is read again only when added again. */
  const addFile = () =>
    run(async () => {
      const opened = await desktop().openFile({
        title: 'Add a team file',
        filters: [{ name: 'Team files', extensions: ['json'] }],
      })
      if (!opened) return
      await ingest(
        [{ source: `${PICKED}${opened.name}`, name: opened.name, text: new TextDecoder().decode(opened.bytes) }],
        false,
      )
    })

  /** Chooses the shared folder: every team file in it, read again on Refresh or when it changes. */
  const chooseFolder = () =>
    run(async () => {
      const folder = await desktop().chooseTeamFolder()
      if (!folder) return
      folderName.value = folder.name
      await ingest(fromFolder(folder), true)
      watchFolder()
    })

  /** Reads the chosen folder again; false when none is chosen. */
  async function readChosenFolder(): Promise<boolean> {
    const folder = await desktop().readTeamFolder()
    if (!folder) return false
    folderName.value = folder.name
    await ingest(fromFolder(folder), true)
    return true
  }

  const refresh = () => run(async () => void (await readChosenFolder()))

  /**
   * At start: the files kept from earlier runs, then the folder chosen in an earlier run
   * (Electron remembers it), read at once and watched.
   */
  const restoreFolder = () =>
    run(async () => {
      await loadKept()
      if (!folderName.value && (await readChosenFolder())) watchFolder()
    })

  function watchFolder(): void {
    unwatch ??= desktop().onTeamFolderChanged(() => void refresh())
  }

  async function remove(source: string): Promise<void> {
    sources.value = sources.value.filter((s) => s.source !== source)
    await forgetTeamFiles([source])
  }

  return {
    sources,
    folderName,
    chosenQuarter,
    isComparing,
    isBusy,
    error,
    teams,
    quarters,
    quarter,
    rollup,
    previous,
    weeks,
    charts,
    notices,
    sourceOf,
    addFile,
    chooseFolder,
    refresh,
    restoreFolder,
    remove,
    ingest,
  }
})
