/**
 * `require(file)` through V8's code cache kept in `cacheFile` (`fromCache`: V8 took it);
 * `saveCache()` writes the cache when it was missing or refused.
 */
export declare function requireCached(
  file: string,
  cacheFile: string,
): { exports: Record<string, unknown>; fromCache: boolean; saveCache(): void }
