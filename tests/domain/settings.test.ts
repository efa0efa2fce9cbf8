import { describe, expect, it } from 'vitest'
import { defaultSettings, settingsErrors } from '@/domain/settings'

describe('settings', () => {
  it('accepts the defaults, whose agenda sums to 30 minutes', () => {
    const s = defaultSettings('Europe/Berlin')
    expect(settingsErrors(s)).toEqual({})
    expect(Object.values(s.agendaMinutes).reduce((a, b) => a + b, 0)).toBe(30)
  })

  it('names an unknown time zone', () => {
    expect(settingsErrors({ ...defaultSettings('UTC'), timeZone: 'Mars/Olympus' })).toEqual({
      timeZone: 'Time zone must be an IANA name such as Europe/Berlin',
    })
  })

  it('refuses a zero-day SLA window and a negative company size with messages per field', () => {
    const s = defaultSettings('UTC')
    const errors = settingsErrors({ ...s, slaWindowDays: 0, icp: { ...s.icp, minCompanySize: -5 } })
    expect(errors.slaWindowDays).toMatch(/at least 1/)
    expect(errors['icp.minCompanySize']).toMatch(/negative/)
  })

  it('refuses an empty checklist', () => {
    expect(settingsErrors({ ...defaultSettings('UTC'), requiredFields: [] }).requiredFields).toMatch(/at least one/)
  })
})
