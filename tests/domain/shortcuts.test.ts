// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import {
  HUDDLE_SHORTCUTS,
  isTypingTarget,
  keyLabel,
  matchShortcut,
  type ShortcutEvent,
  type ShortcutTarget,
} from '@/domain/shortcuts'

const BODY: ShortcutTarget = { tagName: 'BODY', isContentEditable: false }
const press = (key: string, over: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: BODY,
  ...over,
})
const match = (event: ShortcutEvent) => matchShortcut(HUDDLE_SHORTCUTS, event)

describe('huddle shortcuts outside fields', () => {
  it.each([
    ['ArrowRight', 'huddle.next'],
    ['ArrowLeft', 'huddle.previous'],
    [' ', 'huddle.toggleTimer'],
    ['n', 'huddle.focusNotes'],
    ['p', 'huddle.present'],
    ['Escape', 'huddle.leavePresentation'],
  ])('maps %j to %s', (key, action) => {
    expect(match(press(key))).toBe(action)
  })

  it.each([
    ['N', 'huddle.focusNotes'],
    ['P', 'huddle.present'],
  ])('matches %j (Shift or Caps Lock) like its lower case', (key, action) => {
    expect(match(press(key))).toBe(action)
  })

  it('fires with no focused element at all', () => {
    expect(match(press('n', { target: null }))).toBe('huddle.focusNotes')
  })

  it.each(['x', 'Enter', 'ArrowUp', 'Tab'])('ignores %j, which is not in the table', (key) => {
    expect(match(press(key))).toBeNull()
  })
})

describe('huddle shortcuts with modifiers', () => {
  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Alt', { altKey: true }],
  ] as const)('leaves %s+P to the app and the system', (_name, modifier) => {
    expect(match(press('p', modifier))).toBeNull()
  })

  it('ignores auto-repeat of a held key', () => {
    expect(match(press(' ', { repeat: true }))).toBeNull()
  })

  it('ignores keys pressed while an input method is composing', () => {
    expect(match(press('n', { isComposing: true }))).toBeNull()
  })
})

describe('huddle shortcuts while typing', () => {
  const fields: [string, ShortcutTarget][] = [
    ['a textarea', { tagName: 'TEXTAREA' }],
    ['a text input', { tagName: 'INPUT', type: 'text' }],
    ['an input without a type', { tagName: 'INPUT' }],
    ['a search input', { tagName: 'INPUT', type: 'search' }],
    ['a date input', { tagName: 'INPUT', type: 'date' }],
    ['a number input', { tagName: 'INPUT', type: 'number' }],
    ['a select', { tagName: 'SELECT' }],
    ['a contenteditable element', { tagName: 'DIV', isContentEditable: true }],
    ['a lower-case tag name', { tagName: 'textarea' }],
  ]

  it.each(
    fields.flatMap(([name, target]) =>
      ['ArrowRight', 'ArrowLeft', ' ', 'n', 'p', 'N'].map((key) => [key, name, target] as const),
    ),
  )('never fires %j in %s', (key, _name, target) => {
    expect(match(press(key, { target }))).toBeNull()
  })

  it.each(fields)('still leaves presentation with Escape in %s', (_name, target) => {
    expect(match(press('Escape', { target }))).toBe('huddle.leavePresentation')
  })
})

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'RADIO' }, false],
    [{ tagName: 'INPUT', type: 'range' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'INPUT', type: 'email' }, true],
    [{ tagName: 'INPUT', type: 'password' }, true],
    [{}, false],
  ] as const)('treats %j as typing: %s', (target, typing) => {
    expect(isTypingTarget(target)).toBe(typing)
  })

  it('accepts a real DOM element', () => {
    const textarea = document.createElement('textarea')
    expect(isTypingTarget(textarea)).toBe(true)
    expect(isTypingTarget(document.createElement('button'))).toBe(false)
  })
})

describe('huddle shortcuts from real DOM events', () => {
  it('takes a KeyboardEvent as it comes', () => {
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight' })
    expect(matchShortcut(HUDDLE_SHORTCUTS, event)).toBe('huddle.next')
  })

  it('reads the focused field from the event target', () => {
    const textarea = document.createElement('textarea')
    document.body.append(textarea)
    let action: string | null = 'unset'
    textarea.addEventListener('keydown', (event) => (action = matchShortcut(HUDDLE_SHORTCUTS, event)))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))
    textarea.remove()
    expect(action).toBeNull()
  })
})

describe('the huddle shortcut table', () => {
  it('binds each key only once', () => {
    const keys = HUDDLE_SHORTCUTS.map((s) => s.key.toLowerCase())
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('lets only Escape through in fields', () => {
    expect(HUDDLE_SHORTCUTS.filter((s) => 'allowInFields' in s && s.allowInFields).map((s) => s.key)).toEqual([
      'Escape',
    ])
  })

  it.each([
    ['ArrowRight', '→'],
    ['ArrowLeft', '←'],
    [' ', 'Space'],
    ['n', 'N'],
    ['Escape', 'Esc'],
  ])('labels %j as %s for the help list', (key, label) => {
    expect(keyLabel(key)).toBe(label)
  })
})
