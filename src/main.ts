import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import './styles/base.css'

// Ask the browser not to evict the team's data under storage pressure.
void navigator.storage?.persist?.().catch(() => false)

createApp(App).use(createPinia()).use(router).mount('#app')
