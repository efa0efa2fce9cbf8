// The renderer alone, in a plain browser, with the browser implementation of the desktop bridge.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

// Vite's dev server injects <style> tags and a websocket client; the shipped CSP stays strict.
const devCsp: Plugin = {
  name: 'dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
}

export default defineConfig({
  root: fileURLToPath(new URL('./src', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [vue(), devCsp],
  base: './',
  build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, open: true },
})
