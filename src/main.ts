import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { desktop } from './platform/desktop'
import { backupBeforeUpgrade } from './stores/data-transfer'
import { reportDbError } from './composables/use-db-errors'
import './styles/base.css'

// Ask the browser not to evict the team's data under storage pressure.
void navigator.storage?.persist?.().catch(() => false)

async function start(): Promise<void> {
  // Before anything opens the database: if the schema on disk is older than this app's, keep a
  // backup of it as it is (README, "Backups"). A failure here must not keep the app from starting.
  try {
    await backupBeforeUpgrade(await desktop().appVersion(), globalThis.localStorage ?? null)
  } catch (e) {
    console.warn('The automatic backup before a schema upgrade failed:', e)
  }
  const app = createApp(App)
  // A rejection from an event handler, watcher or hook goes to Vue, not to `unhandledrejection`:
  // a full disk or a closed database must reach the banner from there too.
  app.config.errorHandler = (error, _instance, info) => {
    if (!reportDbError(error)) console.error(`Unexpected error (${info}):`, error)
  }
  app.use(createPinia()).use(router).mount('#app')
}

void start()
