import Dexie from 'dexie'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import DbErrorBanner from '@/components/DbErrorBanner.vue'
import { failureText, reportDbError, useDbErrorRouting, useDbErrors } from '@/composables/use-db-errors'

afterEach(() => useDbErrors().clear())

/** A minimal window: listeners by type, and a way to fire an unhandled rejection. */
function fakeWindow() {
  const listeners = new Map<string, EventListener>()
  return {
    addEventListener: (type: string, fn: EventListener) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    rejection(reason: unknown) {
      const event = { reason, preventDefault: vi.fn() }
      listeners.get('unhandledrejection')?.(event as unknown as Event)
      return event
    },
    has: (type: string) => listeners.has(type),
  }
}

describe('DbErrorBanner', () => {
  it('shows nothing while there is no database problem', () => {
    expect(mount(DbErrorBanner).find('[role="alert"]').exists()).toBe(false)
  })

  it('shows a full disk reported from anywhere in the app', async () => {
    const wrapper = mount(DbErrorBanner)
    reportDbError(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('quota')))
    await nextTick()
    expect(wrapper.get('[role="alert"]').text()).toContain('The disk is full: that change was not saved')
  })

  it('counts a repeated failure instead of stacking it', async () => {
    const wrapper = mount(DbErrorBanner)
    reportDbError(new Dexie.QuotaExceededError('quota'))
    reportDbError(new Dexie.QuotaExceededError('quota'))
    await nextTick()
    expect(wrapper.findAll('section')).toHaveLength(1)
    expect(wrapper.text()).toContain('(2 times)')
  })

  it('offers a reload for a closed database and calls it', async () => {
    const reload = vi.fn()
    const wrapper = mount(DbErrorBanner, { props: { reload } })
    reportDbError(new Dexie.DatabaseClosedError())
    await nextTick()
    await wrapper.get('button:not([aria-label^="Dismiss"])').trigger('click')
    expect(reload).toHaveBeenCalledOnce()
  })

  it('goes away when dismissed', async () => {
    const wrapper = mount(DbErrorBanner)
    reportDbError(new Dexie.QuotaExceededError('quota'))
    await nextTick()
    await wrapper.get('button[aria-label^="Dismiss"]').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('ignores errors that are not about the database', () => {
    expect(reportDbError(new TypeError('boom'))).toBe(false)
    expect(useDbErrors().notices.value).toEqual([])
  })
})

describe('useDbErrorRouting', () => {
  it('turns an unhandled Dexie rejection into a notice and marks it handled', () => {
    const win = fakeWindow()
    effectScope().run(() => useDbErrorRouting({ window: win }))
    const event = win.rejection(new Dexie.DatabaseClosedError())
    expect(event.preventDefault).toHaveBeenCalled()
    expect(useDbErrors().notices.value.map((n) => n.kind)).toEqual(['closed'])
  })

  it('leaves other unhandled rejections to the browser', () => {
    const win = fakeWindow()
    effectScope().run(() => useDbErrorRouting({ window: win }))
    const event = win.rejection(new Error('not ours'))
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(useDbErrors().notices.value).toEqual([])
  })

  it('removes its listener when the scope that installed it ends', () => {
    const win = fakeWindow()
    const scope = effectScope()
    scope.run(() => useDbErrorRouting({ window: win }))
    expect(win.has('unhandledrejection')).toBe(true)
    scope.stop()
    expect(win.has('unhandledrejection')).toBe(false)
  })
})

describe('failureText', () => {
  it('reports a database failure to the banner and words it for the screen that caught it', () => {
    expect(failureText(new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('quota')))).toBe(
      'the disk is full: that change was not saved',
    )
    expect(useDbErrors().notices.value.map((n) => n.kind)).toEqual(['quota'])
  })

  it('gives any other error its own message and leaves the banner alone', () => {
    expect(failureText(new Error('The file is not a CSV'))).toBe('The file is not a CSV')
    expect(failureText('plain text')).toBe('plain text')
    expect(useDbErrors().notices.value).toEqual([])
  })
})
