/** How the import store words a failure it caught. Part of the import store (./index.ts). */

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** `name: message`, unless the message already starts with the file's name (XLSX refusals do). */
export const aboutFile = (name: string, message: string): string =>
  message.startsWith(name) ? message : `${name}: ${message}`
