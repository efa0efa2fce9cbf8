/**
 * Keyboard shortcuts as data (the Slidev model): a screen declares a table, a composable listens
 * for keydown and asks `matchShortcut` which action, if any, to run. The gate lives here so no
 * screen can forget it: nothing fires while the user is typing in a field.
 */
export interface Shortcut<A extends string = string> {
  /** `KeyboardEvent.key`: 'ArrowRight', ' ', 'n', 'Escape'; single letters match in any case. */
  key: string
  description: string
  action: A
  /** Also fires while focus is in a text field (for keys that never type text, such as Escape). */
  allowInFields?: boolean
}

/** The parts of a focused element the gate needs; a DOM element satisfies it. */
export interface ShortcutTarget {
  tagName?: string
  isContentEditable?: boolean
  type?: string
}

/**
 * The parts of a KeyboardEvent the matcher needs; a DOM KeyboardEvent satisfies it as is (its
 * target is any object, read as a ShortcutTarget when it has those properties).
 */
export interface ShortcutEvent {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** Held-down auto-repeat: ignored, so holding Space does not flicker start/pause. */
  repeat?: boolean
  /** Mid IME composition: the key belongs to the text being composed. */
  isComposing?: boolean
  target: ShortcutTarget | object | null
}

export const HUDDLE_SHORTCUTS = [
  { key: 'ArrowRight', description: 'Next section', action: 'huddle.next' },
  { key: 'ArrowLeft', description: 'Previous section', action: 'huddle.previous' },
  { key: ' ', description: 'Start or pause the timer', action: 'huddle.toggleTimer' },
  { key: 'n', description: 'Jump to the notes', action: 'huddle.focusNotes' },
  { key: 'p', description: 'Presentation mode', action: 'huddle.present' },
  { key: 'Escape', description: 'Leave presentation mode', action: 'huddle.leavePresentation', allowInFields: true },
] as const satisfies readonly Shortcut[]

export type HuddleAction = (typeof HUDDLE_SHORTCUTS)[number]['action']

/** Input types that do not take typed text; every other type (and none) does. */
const NON_TEXT_INPUT_TYPES = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
])

/** True when keys pressed on the target type text or move a caret or choice. */
export function isTypingTarget(target: ShortcutTarget | object | null): boolean {
  if (!target) return false
  const { tagName, isContentEditable, type } = target as Record<string, unknown>
  if (isContentEditable === true) return true
  const tag = typeof tagName === 'string' ? tagName.toUpperCase() : ''
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  return (
    tag === 'INPUT' && !NON_TEXT_INPUT_TYPES.has(typeof type === 'string' && type !== '' ? type.toLowerCase() : 'text')
  )
}

const normalizeKey = (key: string): string => (key.length > 1 ? key : key.toLowerCase())

export function matchShortcut<A extends string>(table: readonly Shortcut<A>[], event: ShortcutEvent): A | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return null
  const key = normalizeKey(event.key)
  const shortcut = table.find((s) => normalizeKey(s.key) === key)
  if (!shortcut) return null
  if (isTypingTarget(event.target) && !shortcut.allowInFields) return null
  return shortcut.action
}

const KEY_LABELS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  Escape: 'Esc',
}

/** How a key is shown in a shortcut help list: `→`, `Space`, `N`, `Esc`. */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? (key.length > 1 ? key : key.toUpperCase())
}
