// IndexedDB for Dexie, before anything imports Dexie.
import 'fake-indexeddb/auto'
import { vi } from 'vitest'
import fc from 'fast-check'

// happy-dom has no canvas: Chart.js would throw, so charts render as labelled placeholders here
// and for real in the Chromium E2E tests.
vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  const stub = (name: string) =>
    defineComponent({
      name,
      props: { data: { type: Object, required: false }, options: { type: Object, required: false } },
      setup: (props) => () => h('div', { 'data-chart': name, 'data-series': JSON.stringify(props.data ?? null) }),
    })
  return { Bar: stub('Bar'), Line: stub('Line'), Doughnut: stub('Doughnut'), Pie: stub('Pie') }
})

// Property and fuzz tests explore a fixed sequence in CI, so a red run always reproduces; set
// FC_SEED to explore other inputs locally.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) })
