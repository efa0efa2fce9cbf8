/**
 * The one reader of the wall clock. Domain functions take `now` as a parameter; stores, the CLI
 * and repositories ask this module. Tests pin the time with `vi.setSystemTime` (which this module
 * follows); E2E pins it with Playwright's `page.clock`.
 */

/** Now, in milliseconds since the epoch. */
export function nowMs(): number {
  return Date.now()
}

/** Now, as an ISO 8601 instant (UTC), the form stored in `createdAt` / `updatedAt` fields. */
export function nowIso(): string {
  return new Date(Date.now()).toISOString()
}
