import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { desktop } from '@/platform/desktop'
import {
  joinersOfNewRoster,
  nameAlias,
  peopleNamedIn,
  rosterIndex,
  unknownPeople,
  type TeamMember,
  type TeamRole,
} from '@/domain/team/roster'
import { rawPeopleOf, type RawPeople } from '@/domain/team/resolve-people'
import { parseTeamFile, teamFileText } from '@/domain/team/team-file'
import type { Handoff } from '@/domain/handoff'
import { useSettingsStore } from './settings'
import { useHandoffsStore } from './handoffs'

export type TeamSaveResult = { ok: true } | { ok: false; message: string }

/**
 * Settings → Team: the roster that turns CRM owner ids into people. Saving goes through the
 * settings store, which resolves stored handoffs again in the same transaction.
 */
export const useTeamStore = defineStore('team', () => {
  const settings = useSettingsStore()
  const members = computed<readonly TeamMember[]>(() => settings.settings.team)
  const notice = ref<{ kind: 'ok' | 'error'; text: string } | null>(null)
  /** The people the stored handoffs name (names, not ids), with their usual role. */
  const namedInData = computed(() => peopleNamedIn(useHandoffsStore().rows))
  /** What the name boxes suggest: the roster's people, then everyone else the data names. */
  const suggestions = computed(() => {
    const names = new Map<string, string>()
    for (const m of [...members.value, ...namedInData.value]) {
      const key = m.name.toLowerCase()
      if (!names.has(key)) names.set(key, m.name)
    }
    return [...names.values()]
  })

  /** Who would join a roster that `next` starts (none when a roster exists): one confirmation lists them. */
  const joinersFor = (next: readonly TeamMember[]): TeamMember[] =>
    joinersOfNewRoster(members.value, next, namedInData.value)

  async function save(next: TeamMember[]): Promise<TeamSaveResult> {
    const result = await settings.save({ ...settings.settings, team: next })
    // The save resolved the stored handoffs again and bumped the data version (settings store).
    if (result.ok) return { ok: true }
    const message = Object.entries(result.errors)
      .filter(([key]) => key.startsWith('team'))
      .map(([key, text]) => `${personOf(key, next)}${text}`)
      .join('; ')
    return { ok: false, message: message || Object.values(result.errors)[0] || 'The team could not be saved' }
  }

  /** The roster after naming one owner id (or spelling), before anyone joins it. */
  const namedRoster = (raw: string, person: string, role: TeamRole, partner = ''): TeamMember[] =>
    nameAlias(members.value, raw, person, role, partner)

  /**
   * Names one owner id (or spelling) seen in an import: one click from the import report. When
   * this starts the roster, `joiners` (confirmed by the user, from `joinersFor`) join it too.
   */
  function name(
    raw: string,
    person: string,
    role: TeamRole,
    options: { partner?: string; joiners?: readonly TeamMember[] } = {},
  ): Promise<TeamSaveResult> {
    if (person.trim() === '') return Promise.resolve({ ok: false, message: 'Name is empty' })
    return save([...namedRoster(raw, person, role, options.partner), ...(options.joiners ?? [])])
  }

  /** Owner values nobody on the team answers to, among these handoffs. */
  function unknownAmong(handoffs: readonly (Pick<Handoff, 'sdr' | 'ae'> & RawPeople)[]) {
    const index = rosterIndex(members.value)
    return unknownPeople(handoffs.map(rawPeopleOf), index).filter((p) => members.value.length > 0 || p.isId)
  }

  async function importFile(): Promise<void> {
    notice.value = null
    const file = await desktop().openFile({
      title: 'Import a team file',
      filters: [{ name: 'Team file (CSV)', extensions: ['csv', 'txt'] }],
    })
    if (!file) return
    const { members: read, problems } = parseTeamFile(file.name, new TextDecoder().decode(file.bytes))
    if (problems.length > 0) {
      notice.value = { kind: 'error', text: `Nothing was changed. ${problems.join('; ')}` }
      return
    }
    const result = await save(read)
    notice.value = result.ok
      ? { kind: 'ok', text: `${read.length} people read from ${file.name}.` }
      : { kind: 'error', text: `${file.name}: nothing was changed. ${result.message}` }
  }

  async function downloadFile(): Promise<void> {
    const saved = await desktop().saveFile({
      suggestedName: 'team.csv',
      bytes: new TextEncoder().encode(teamFileText(members.value)),
      filters: [{ name: 'Team file (CSV)', extensions: ['csv'] }],
    })
    notice.value = saved ? { kind: 'ok', text: `Saved ${saved.path}.` } : null
  }

  return {
    members,
    notice,
    namedInData,
    suggestions,
    joinersFor,
    namedRoster,
    save,
    name,
    unknownAmong,
    importFile,
    downloadFile,
  }
})

/** "Dana Reyes: " for an error keyed `team.3.aliases`, so the message says whose row is wrong. */
function personOf(key: string, members: readonly TeamMember[]): string {
  const i = Number(key.split('.')[1])
  const who = Number.isInteger(i) ? members[i]?.name : undefined
  return who ? `${who}: ` : ''
}
