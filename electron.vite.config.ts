import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const alias = { '@': resolve(__dirname, 'src') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: { lib: { entry: resolve(__dirname, 'electron/main/index.ts') } },
  },
  preload: {
    resolve: { alias },
    build: { lib: { entry: resolve(__dirname, 'electron/preload/index.ts') } },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    resolve: { alias },
    plugins: [vue()],
    build: {
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/index.html') },
    },
  },
})
