import { defineStore } from 'pinia'
import { ref } from 'vue'

/** A store's way to read again what it shows, after a write elsewhere changed the data. */
type Follower = () => Promise<void>

/**
 * One source of freshness: every write that changes what a screen shows (import, undo, restore,
 * clear, demo data, roster, settings, scores, ICP) calls `changed()`, which bumps one version and
 * has every store that showed data read it again. No screen keeps figures from before a write,
 * and a screen that mounts later compares `version` with the version it last read.
 */
export const useDataVersionStore = defineStore('data-version', () => {
  const version = ref(0)
  const followers = new Set<Follower>()

  /** Registers a store's re-read; it runs after every later write. Returns the way to stop. */
  function follow(reread: Follower): () => void {
    followers.add(reread)
    return () => followers.delete(reread)
  }

  /**
   * Bumps the version and waits until every follower has read again, so a caller that awaits a
   * write shows its message only once the screens agree with it. A follower's failure is its own
   * to show (each store keeps an error); it does not stop the others.
   */
  async function changed(): Promise<void> {
    version.value += 1
    await Promise.allSettled([...followers].map((reread) => reread()))
  }

  return { version, follow, changed }
})
