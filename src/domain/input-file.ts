/**
 * What may be opened as an input (a CRM export, a mapping, a team file, a backup): a regular file
 * no larger than the limit. Devices (`/dev/zero`), pipes and folders are refused at once rather
 * than read forever; a size reported as 0 is not trusted (the reader stops at the limit anyway).
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024

export interface InputFacts {
  isFile: boolean
  size: number
}

const MB = 1024 * 1024
const sizeText = (bytes: number): string => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`)

/** The refusal in a manager's words, or null when the file may be read. */
export function inputFileProblem(name: string, facts: InputFacts, limit = MAX_INPUT_BYTES): string | null {
  if (!facts.isFile) return `${name} is not a regular file (a device, a pipe or a folder cannot be opened)`
  if (facts.size > limit) return tooLarge(name, limit)
  return null
}

export function tooLarge(name: string, limit = MAX_INPUT_BYTES): string {
  return `${name} is larger than ${sizeText(limit)}, the most the app reads`
}
