// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, restoreWindowState } from '../../electron/main/window-state'

const laptop = { x: 0, y: 0, width: 1920, height: 1080 }
const monitorOnTheLeft = { x: -2560, y: 0, width: 2560, height: 1440 }

describe('restoreWindowState', () => {
  it('keeps a saved position that lies on a display', () => {
    const saved = { x: 100, y: 80, width: 1300, height: 850, isMaximized: true }
    expect(restoreWindowState(saved, [laptop])).toEqual(saved)
  })

  it('keeps a position on a second display left of the first', () => {
    const saved = { x: -2000, y: 100, width: 1300, height: 850, isMaximized: false }
    expect(restoreWindowState(saved, [laptop, monitorOnTheLeft])).toEqual(saved)
  })

  it('drops a position whose display is gone but keeps the size', () => {
    const saved = { x: -2000, y: 100, width: 1300, height: 850, isMaximized: true }
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1300, height: 850, isMaximized: true })
  })

  it('drops a position too close to the far edge to grab the title bar', () => {
    const saved = { x: 1900, y: 1060, width: 1300, height: 850, isMaximized: false }
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1300, height: 850, isMaximized: false })
  })

  it('drops the position when no display is known', () => {
    expect(restoreWindowState({ x: 10, y: 10, width: 1000, height: 700 }, [])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    })
  })

  it('reads a state without a position as the size alone, not maximized', () => {
    expect(restoreWindowState({ width: 1000, height: 700 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    })
  })

  it.each([
    ['null', null],
    ['a string', 'maximized'],
    ['an array', [1, 2]],
    ['a size below the minimum', { width: 200, height: 100 }],
    ['a huge size', { width: 50000, height: 50000 }],
    ['fractional numbers', { width: 1000.5, height: 700 }],
    ['a size given as strings', { width: '1000', height: '700' }],
    ['a non-numeric position', { x: 'left', y: 0, width: 1000, height: 700 }],
    ['an infinite position', { x: Infinity, y: 0, width: 1000, height: 700 }],
  ])('falls back to the defaults for %s', (_name, saved) => {
    expect(restoreWindowState(saved, [laptop])).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('returns a fresh default object each time', () => {
    const restored = restoreWindowState(null, [])
    restored.width = 999
    expect(DEFAULT_WINDOW_STATE.width).toBe(1360)
  })
})
