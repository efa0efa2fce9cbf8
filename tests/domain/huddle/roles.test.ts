import { describe, expect, it } from 'vitest'
import { letterName, roleLabels, shownName } from '@/domain/huddle/roles'

describe('letterName', () => {
  it('counts A…Z then AA, AB', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(letterName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA'])
  })
})

describe('roleLabels', () => {
  const people = { sdrs: ['Ana', 'Ben', 'Cy', 'Dee'], aes: ['Eve', 'Finn'] }

  it('gives every person a distinct label within their role', () => {
    const labels = roleLabels(people, '2026-W47')
    expect(new Set(people.sdrs.map((n) => labels.label('SDR', n))).size).toBe(4)
    expect(people.aes.map((n) => labels.label('AE', n)).sort()).toEqual(['AE A', 'AE B'])
  })

  it('is stable for the same huddle whatever order the names arrive in', () => {
    const a = roleLabels(people, '2026-W47')
    const b = roleLabels({ sdrs: [...people.sdrs].reverse(), aes: [...people.aes].reverse() }, '2026-W47')
    expect(people.sdrs.map((n) => a.label('SDR', n))).toEqual(people.sdrs.map((n) => b.label('SDR', n)))
  })

  it('falls back to the role alone for an unknown or blank name', () => {
    expect(roleLabels(people, 'w').label('AE', '')).toBe('AE')
  })

  it('shows names unless blameless', () => {
    const labels = roleLabels(people, 'w')
    expect(shownName('SDR', 'Ana', labels, false)).toBe('Ana')
    expect(shownName('SDR', 'Ana', labels, true)).toMatch(/^SDR [A-D]$/)
    expect(shownName('AE', ' ', labels, false)).toBe('(no AE)')
  })
})
