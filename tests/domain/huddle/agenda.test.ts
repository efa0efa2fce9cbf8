import { describe, expect, it } from 'vitest'
import { agendaFromSettings, agendaTotalSeconds, sectionTitle } from '@/domain/huddle/agenda'
import { defaultSettings } from '@/domain/settings'

const defaults = defaultSettings('UTC').agendaMinutes

describe('huddle agenda', () => {
  it('lists the four sections in the order of docs/product.md', () => {
    expect(agendaFromSettings(defaults).map((s) => s.title)).toEqual([
      'The numbers',
      'Walk two handoffs',
      'SLA breaches',
      'ICP calibration',
    ])
  })

  it('timeboxes each section in seconds from the minutes in the settings', () => {
    const agenda = agendaFromSettings({ numbers: 5, handoffs: 12, breaches: 7, calibration: 1 })
    expect(agenda.map((s) => [s.id, s.seconds])).toEqual([
      ['numbers', 300],
      ['handoffs', 720],
      ['breaches', 420],
      ['calibration', 60],
    ])
  })

  it('sums the default agenda to 30 minutes', () => {
    expect(agendaTotalSeconds(agendaFromSettings(defaults))).toBe(30 * 60)
  })

  it('frames SLA breaches as fixing the cause, not the person', () => {
    const breaches = agendaFromSettings(defaults).find((s) => s.id === 'breaches')
    expect(breaches?.prompt).toMatch(/^Fix the cause, not the person/)
  })

  it('gives every section a prompt for the facilitator', () => {
    for (const section of agendaFromSettings(defaults)) expect(section.prompt.length).toBeGreaterThan(20)
  })

  it('names a section by its id', () => {
    expect(sectionTitle('calibration')).toBe('ICP calibration')
  })
})
