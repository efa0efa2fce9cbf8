/**
 * The one reader of the wall clock. Domain functions take `now` as a parameter; stores, the CLI
 * and repositories ask this module. Tests pin the time with `vi.setSystemTime` (which this module
 * follows) or replace the clock outright with `setClock`; E2E pins it with Playwright's
 * `page.clock`.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

const systemClock: Clock = { now: () => Date.now() }

let current: Clock = systemClock

/** Now, in milliseconds since the epoch. */
export function nowMs(): number {
  return current.now()
}

/** Now, as an ISO 8601 instant (UTC), the form stored in `createdAt` / `updatedAt` fields. */
export function nowIso(): string {
  return new Date(current.now()).toISOString()
}

/** Swap the clock (tests, the benchmark); `resetClock` restores the system clock. */
export function setClock(clock: Clock): void {
  current = clock
}

export function resetClock(): void {
  current = systemClock
}
