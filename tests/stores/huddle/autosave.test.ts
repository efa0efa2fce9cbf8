import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import { getHuddle } from '@/db/huddle-repo'
import { newHuddle, type Huddle } from '@/domain/huddle/huddle'
import { createHuddleAutosave } from '@/stores/huddle/autosave'
import { freshDatabase } from '../../helpers/fresh-db'

const NOW = Date.parse('2026-11-24T09:00:00Z')

function autosaved() {
  const huddle = ref<Huddle | null>(
    newHuddle({ week: '2026-W47', date: '2026-11-24', facilitator: 'Maya' }, new Date(NOW).toISOString()),
  )
  const error = ref<string | null>(null)
  const autosave = createHuddleAutosave({
    huddle,
    currentSection: computed(() => 'handoffs' as const),
    elapsedSeconds: () => ({ numbers: 90 }),
    error,
  })
  return { huddle, error, ...autosave }
}

afterEach(() => {
  vi.useRealTimers()
})

beforeEach(() => {
  freshDatabase()
})

describe('the running huddle autosave', () => {
  it('writes the last of several quick changes once the typing stops, with the section and time', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] })
    const { huddle, saveState, scheduleSave, flush } = autosaved()
    huddle.value!.notes = { ...huddle.value!.notes, numbers: 'Volume' }
    scheduleSave()
    huddle.value!.notes = { ...huddle.value!.notes, numbers: 'Volume is up' }
    scheduleSave()
    expect(saveState.value).toBe('pending')
    expect(await getHuddle('2026-W47')).toBeNull()
    vi.advanceTimersByTime(400)
    await flush()
    const stored = await getHuddle('2026-W47')
    expect(stored).toMatchObject({ currentSection: 'handoffs', huddle: { notes: { numbers: 'Volume is up' } } })
    expect(stored!.huddle.elapsedSeconds).toEqual({ numbers: 90 })
    expect(saveState.value).toBe('saved')
  })

  it('writes a pending change at once when flushed, without waiting for the delay', async () => {
    const { huddle, saveState, scheduleSave, flush } = autosaved()
    huddle.value!.facilitator = 'Noor'
    scheduleSave()
    await flush()
    expect((await getHuddle('2026-W47'))?.huddle.facilitator).toBe('Noor')
    expect(saveState.value).toBe('saved')
  })

  it('marks nothing pending when there is no huddle to save', () => {
    const { huddle, saveState, scheduleSave } = autosaved()
    huddle.value = null
    scheduleSave()
    expect(saveState.value).toBe('saved')
  })

  it('says the huddle could not be saved when the write fails, and shows the error state', async () => {
    const { error, saveState, persist } = autosaved()
    freshDatabase().close()
    await persist(NOW)
    expect(saveState.value).toBe('error')
    expect(error.value).toMatch(/^Could not save the huddle: /)
  })
})
