export declare function mtimeOf(path: string): number | undefined
export declare function isStale(
  outFile: string,
  inputs: readonly string[] | undefined,
  mtime?: (path: string) => number | undefined,
): boolean
export declare function readInputs(listFile: string, root: string): string[] | undefined
