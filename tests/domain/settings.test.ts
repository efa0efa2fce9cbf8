import { describe, expect, it } from 'vitest'
import { DEFAULT_RESPONSE_TIME, defaultSettings, settingsErrors, settingsSchema } from '@/domain/settings'

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

  it('reads settings saved before response time was a setting as business days, 09:00–17:00 kept ready', () => {
    const { responseTime: _new, ...before } = defaultSettings('UTC')
    expect(settingsSchema.parse(before).responseTime).toEqual({
      unit: 'business_days',
      workdayStart: '09:00',
      workdayEnd: '17:00',
    })
  })

  it('reads settings saved before the team name was a setting as no team name', () => {
    const { teamName: _new, ...before } = defaultSettings('UTC')
    expect(settingsSchema.parse(before).teamName).toBe('')
  })

  it('gives every parse its own default, so editing one never changes another', () => {
    const { responseTime: _new, ...before } = defaultSettings('UTC')
    settingsSchema.parse(before).responseTime.workdayStart = '07:00'
    expect(settingsSchema.parse(before).responseTime).toEqual(DEFAULT_RESPONSE_TIME)
  })

  it.each([
    ['17:00', '09:00', 'responseTime.workdayEnd', 'The working day must end after it starts'],
    ['09:00', '09:00', 'responseTime.workdayEnd', 'The working day must end after it starts'],
    ['9am', '17:00', 'responseTime.workdayStart', 'Working day start must be a time such as 09:00'],
    ['09:00', '24:00', 'responseTime.workdayEnd', 'Working day end must be a time such as 09:00'],
  ])('refuses a working day %s–%s beside the field it names', (workdayStart, workdayEnd, key, message) => {
    const s = defaultSettings('UTC')
    const errors = settingsErrors({ ...s, responseTime: { unit: 'working_hours', workdayStart, workdayEnd } })
    expect(errors).toEqual({ [key]: message })
  })

  it('refuses an empty checklist', () => {
    expect(settingsErrors({ ...defaultSettings('UTC'), requiredFields: [] }).requiredFields).toMatch(/at least one/)
  })
})
