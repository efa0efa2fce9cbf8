import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useHandoffsStore } from '@/stores/handoffs'
import { useSettingsStore } from '@/stores/settings'
import { useTeamStore } from '@/stores/team'
import { allHandoffs, putHandoffs, toStored } from '@/db/handoff-repo'
import { aHandoff } from '../helpers/handoffs'
import { freshDatabase } from '../helpers/fresh-db'
import { setDesktop } from '@/platform/desktop'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import type { OpenedFile, SaveFileRequest } from '@/shared/ipc-contract'

/** The desktop's file dialogs: these files are chosen in turn; what is saved is kept. */
function fakeDesktop(files: OpenedFile[]) {
  const saved: SaveFileRequest[] = []
  setDesktop({
    ...createBrowserDesktop(),
    openFile: async () => files.shift() ?? null,
    saveFile: async (request) => {
      saved.push(request)
      return { path: `/tmp/${request.suggestedName}` }
    },
  })
  return { saved }
}

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2)
  const view = new DataView(out.buffer)
  out.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true)
  return out
}

describe('team store', () => {
  beforeEach(() => {
    freshDatabase()
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('shows the handoffs table under the person as soon as an id from an import is named', async () => {
    await useSettingsStore().load()
    await putHandoffs([
      toStored(
        aHandoff({ externalId: 'a', sdr: '0051x000003AbCeAAF', bookedAt: '2026-11-23T10:00:00.000Z' }),
        'salesforce',
        'UTC',
        null,
      ),
    ])
    const handoffs = useHandoffsStore()
    await handoffs.refresh()
    expect(handoffs.rows.map((r) => r.sdr)).toEqual(['0051x000003AbCeAAF'])

    expect(await useTeamStore().name('0051x000003AbCeAAF', 'Priya Patel', 'SDR')).toEqual({ ok: true })
    expect(handoffs.rows.map((r) => r.sdr)).toEqual(['Priya Patel'])
  })

  it('keeps the names already in the data known once naming an id starts the roster', async () => {
    await useSettingsStore().load()
    const booked = (externalId: string, sdr: string, ae: string) =>
      toStored(aHandoff({ externalId, sdr, ae, bookedAt: '2026-11-23T10:00:00.000Z' }), 'crm', 'UTC', null)
    await putHandoffs([booked('a', 'Aisha Bello', 'Carter McKay'), booked('b', '0051x000003AbCeAAF', 'Carter McKay')])
    const handoffs = useHandoffsStore()
    await handoffs.refresh()
    const team = useTeamStore()
    expect(team.suggestions).toEqual(['Carter McKay', 'Aisha Bello'])

    const joiners = team.joinersFor(team.namedRoster('0051x000003AbCeAAF', 'Priya Patel', 'SDR'))
    expect(joiners.map((m) => `${m.name} (${m.role})`)).toEqual(['Carter McKay (AE)', 'Aisha Bello (SDR)'])
    expect(await team.name('0051x000003AbCeAAF', 'Priya Patel', 'SDR', { joiners })).toEqual({ ok: true })

    expect(team.unknownAmong(await allHandoffs())).toEqual([])
    expect(team.members.map((m) => m.name)).toEqual(['Priya Patel', 'Carter McKay', 'Aisha Bello'])
  })

  it('imports a UTF-16 team file, downloads it with formulas neutralised, and reads the download back', async () => {
    await useSettingsStore().load()
    const text = 'name,role,partner,aliases\r\n=HYPERLINK("http://x"),SDR,@SUM(1+1),\r\nOmar,AE,,\r\n'
    const { saved } = fakeDesktop([{ name: 'team.csv', bytes: utf16le(text) }])
    const team = useTeamStore()
    await team.importFile()
    expect(team.notice).toEqual({ kind: 'ok', text: '2 people read from team.csv.' })
    await team.downloadFile()
    const written = new TextDecoder().decode(saved[0]!.bytes)
    expect(written).toContain(`"'=HYPERLINK(""http://x"")",SDR,"'@SUM(1+1)",`)
    fakeDesktop([{ name: 'team-again.csv', bytes: saved[0]!.bytes }])
    await team.importFile()
    expect(useSettingsStore().settings.team.map((m) => [m.name, m.partner])).toEqual([
      ['=HYPERLINK("http://x")', '@SUM(1+1)'],
      ['Omar', ''],
    ])
  })

  it('refuses a team file that is not text, in words, changing nothing', async () => {
    fakeDesktop([
      { name: 'photo.csv', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    ])
    const team = useTeamStore()
    await team.importFile()
    expect(team.notice).toEqual({
      kind: 'error',
      text: 'Nothing was changed. photo.csv is not a team file: it is not text',
    })
  })
})
