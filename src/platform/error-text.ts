/**
 * What a desktop call's failure says, in main's own words: Electron prefixes errors thrown in
 * main ("Error invoking remote method 'teams:read-folder': Error: …"), which names a channel a
 * user never needs to see.
 */
export function desktopErrorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  return message.replace(/^Error invoking remote method '[^']*': (\w*Error: )?/, '')
}
