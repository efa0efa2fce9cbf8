import { z } from 'zod'

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(800).max(10000),
  height: z.number().int().min(600).max(10000),
  isMaximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof windowStateSchema>

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1360, height: 860, isMaximized: false }

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Reads saved bounds, dropping a position that no longer lies on any display. */
export function restoreWindowState(saved: unknown, displays: Rect[]): WindowState {
  const parsed = windowStateSchema.safeParse(saved)
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE }
  const state = parsed.data
  if (state.x === undefined || state.y === undefined) return state
  const { x, y } = state
  const visible = displays.some((d) => x >= d.x && y >= d.y && x < d.x + d.width - 100 && y < d.y + d.height - 100)
  return visible ? state : { width: state.width, height: state.height, isMaximized: state.isMaximized }
}
