/** Each input's modification time (ms) when it was built, by path; null when it changed during the build. */
export type RecordedInputs = Record<string, number | null>
export declare function mtimeOf(path: string): number | undefined
export declare function isStale(
  outFile: string,
  recorded: RecordedInputs | undefined,
  mtime?: (path: string) => number | undefined,
): boolean
export declare function readInputs(listFile: string, root: string): RecordedInputs | undefined
