import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import QuarterComparison from '@/components/trends/QuarterComparison.vue'
import type { ComparisonRow } from '@/domain/trends/comparison'

const row = (over: Partial<ComparisonRow>): ComparisonRow => ({
  key: 'acceptanceRate',
  label: 'Acceptance rate',
  unit: 'percent',
  current: 0.52,
  previous: 0.516,
  delta: 0.004,
  isHigherBetter: true,
  currentNote: null,
  previousNote: null,
  currentBase: null,
  previousBase: null,
  ...over,
})

describe('QuarterComparison', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const changeCell = (r: ComparisonRow) =>
    mount(QuarterComparison, { props: { rows: [r], current: 'Q4', previous: 'Q3' } })
      .findAll('td')
      .at(-1)!

  it('colours a change by whether it is better or worse', () => {
    expect(changeCell(row({ delta: 0.05 })).classes()).toContain('ok-text')
    expect(changeCell(row({ delta: -0.05 })).classes()).toContain('bad-text')
  })

  it('leaves a change that rounds to nothing on screen uncoloured', () => {
    const cell = changeCell(row({ unit: 'hours', key: 'medianResponseHours', delta: 0.01, isHigherBetter: false }))
    expect(cell.text()).toBe('±0.0 business days')
    expect(cell.classes()).not.toContain('bad-text')
  })

  it('shows every rate with one decimal', () => {
    const cells = mount(QuarterComparison, { props: { rows: [row({})], current: 'Q4', previous: 'Q3' } }).findAll('td')
    expect(cells.map((c) => c.text()).slice(0, 2)).toEqual(['51.6%', '52.0%'])
  })

  it('shows the base of a rate and says "not in this export" muted where a quarter could not show it', () => {
    const r = row({ previous: null, previousNote: 'not in this export', currentBase: 40, delta: null })
    const cells = mount(QuarterComparison, { props: { rows: [r], current: 'Q4', previous: 'Q3' } }).findAll('td')
    expect(cells[0]!.text()).toBe('not in this export')
    expect(cells[0]!.classes()).toContain('note')
    expect(cells[1]!.text()).toBe('52.0% of 40')
  })
})
