import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import TrendChart from '@/components/trends/TrendChart.vue'
import type { ChartSeries } from '@/domain/trends/series'
import { setDesktop } from '@/platform/desktop'
import { createBrowserDesktop } from '@/platform/browser-desktop'
import type { SaveFileRequest } from '@/shared/ipc-contract'

const series: ChartSeries = {
  labels: ['2026-W46', '2026-W47'],
  datasets: [{ key: 'acceptanceRate', label: 'Acceptance rate (%)', data: [50, null] }],
  unit: 'percent',
  isStacked: false,
  max: 100,
}

const props = {
  title: 'Acceptance rate',
  description: 'per week',
  kind: 'line' as const,
  fileName: 'acceptance',
  rangeCaption: 'Last 13 weeks (2026-W35 – 2026-W47)',
  emptyText: 'Nothing decided yet.',
}

describe('TrendChart', () => {
  it('hands the prepared series to the chart as they are', () => {
    const wrapper = mount(TrendChart, { props: { ...props, series } })
    const chart = wrapper.get('[data-chart="Line"]')
    expect(JSON.parse(chart.attributes('data-series')!)).toMatchObject({
      labels: series.labels,
      datasets: [{ label: 'Acceptance rate (%)', data: [50, null] }],
    })
  })

  it('shows the same numbers as an accessible table on request', async () => {
    const wrapper = mount(TrendChart, { props: { ...props, series } })
    await wrapper.get('button[aria-pressed="false"]').trigger('click')
    const table = wrapper.get('table[aria-label="Acceptance rate (data)"]')
    expect(table.findAll('tbody tr').map((r) => r.text())).toEqual(['2026-W4650.0%', '2026-W47—'])
    expect(wrapper.find('[data-chart]').exists()).toBe(false)
  })

  it('says what is missing instead of drawing an empty chart', () => {
    const empty = { ...series, datasets: [{ ...series.datasets[0]!, data: [null, null] }] }
    const wrapper = mount(TrendChart, { props: { ...props, series: empty } })
    expect(wrapper.text()).toContain('Nothing decided yet.')
    expect(wrapper.get('button:not([aria-pressed])').attributes('disabled')).toBeDefined()
  })

  it('draws a rate of 0 % as a value, never as a claim that nothing happened', () => {
    // docs/product.md, "What the data can show": 0 % on time is news, not "no deadline has passed".
    const zero = { ...series, datasets: [{ ...series.datasets[0]!, data: [0, 0] }] }
    const wrapper = mount(TrendChart, { props: { ...props, series: zero } })
    expect(wrapper.find('[data-chart="Line"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Nothing decided yet.')
  })

  it('says what to add to the export instead of a chart no week could show', () => {
    const thin: ChartSeries = {
      ...series,
      datasets: [{ ...series.datasets[0]!, data: [null, null] }],
      weekNotes: ['not in this export', 'not in this export'],
      notAssessedNote: 'Your export has no AE decision: add the decision column.',
    }
    const wrapper = mount(TrendChart, { props: { ...props, series: thin } })
    expect(wrapper.get('[data-testid="chart-not-assessed"]').text()).toContain('Your export has no AE decision')
    expect(wrapper.text()).not.toContain('Nothing decided yet.')
    expect(wrapper.find('[data-chart]').exists()).toBe(false)
  })

  it('names the weeks its export could not show as gaps, and says so in the data table', async () => {
    const partly: ChartSeries = { ...series, weekNotes: [null, 'not in this export'], notAssessedNote: null }
    const wrapper = mount(TrendChart, { props: { ...props, series: partly } })
    expect(wrapper.get('[data-testid="chart-gaps"]').text()).toBe('Gaps: 2026-W47 — not in this export.')
    await wrapper.get('button[aria-pressed="false"]').trigger('click')
    const rows = wrapper.findAll('table tbody tr').map((r) => r.text())
    expect(rows).toEqual(['2026-W4650.0%', '2026-W47not in this export'])
  })

  it('saves its data table as CSV, a formula-like week label neutralised', async () => {
    const saved: SaveFileRequest[] = []
    setDesktop({
      ...createBrowserDesktop(),
      saveFile: async (request) => {
        saved.push(request)
        return { path: request.suggestedName }
      },
    })
    const hostile = { ...series, labels: ['=1+1', '2026-W47'] }
    const wrapper = mount(TrendChart, { props: { ...props, series: hostile } })
    await wrapper.get('button[aria-label="Export CSV of the Acceptance rate chart"]').trigger('click')
    await flushPromises()
    expect(saved.map((s) => s.suggestedName)).toEqual(['acceptance.csv'])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(saved[0]!.bytes)).toBe(
      '\uFEFFWeek,Acceptance rate (%)\r\n"\'=1+1",50\r\n2026-W47,\r\n',
    )
  })
})
