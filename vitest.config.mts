import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Two projects: pure logic, the database, the CLI and the Electron main process run in Node
// (fast: no DOM to build per file); stores, components and screens get happy-dom. A Node-project
// file that needs a DOM says so with `// @vitest-environment happy-dom` at its top.
const nodeDirs = [
  'tests/domain',
  'tests/db',
  'tests/cli',
  'tests/node',
  'tests/electron',
  'tests/helpers',
  'tests/scripts',
]

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: nodeDirs.map((d) => `${d}/**/*.test.ts`) },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...nodeDirs.map((d) => `${d}/**`)],
        },
      },
    ],
  },
})
