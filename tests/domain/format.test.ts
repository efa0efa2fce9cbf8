import { describe, expect, it } from 'vitest'
import {
  barWidth,
  countOf,
  formatPointChange,
  formatResponseTime,
  formatResponseTimeChange,
  oneOrMany,
  responseTimeCell,
  responseTimeUnit,
  signOf,
} from '@/domain/format'
import { DEFAULT_RESPONSE_TIME, type ResponseTimeMeasure } from '@/domain/settings'

const DAYS: ResponseTimeMeasure = DEFAULT_RESPONSE_TIME
const NINE_TO_FIVE: ResponseTimeMeasure = { unit: 'working_hours', workdayStart: '09:00', workdayEnd: '17:00' }

describe('formatResponseTime', () => {
  it.each([
    [99, DAYS, '4.1 business days'],
    [24, DAYS, '1.0 business day'],
    [36, DAYS, '1.5 business days'],
    [0, DAYS, '0.0 business days'],
    [6.5, NINE_TO_FIVE, '6.5 working hours (09:00–17:00)'],
    [1, NINE_TO_FIVE, '1.0 working hour (09:00–17:00)'],
    [0.04, NINE_TO_FIVE, '0.0 working hours (09:00–17:00)'],
    [6.5, { ...NINE_TO_FIVE, workdayStart: '08:30', workdayEnd: '18:00' }, '6.5 working hours (08:30–18:00)'],
  ] as const)('reads %s hours as %j → %j, never "business hours" of 24-hour days', (hours, measure, text) => {
    expect(formatResponseTime(hours, measure)).toBe(text)
  })

  it('shows a dash when there is no response time, in either unit', () => {
    expect(formatResponseTime(null, DAYS)).toBe('—')
    expect(formatResponseTime(null, NINE_TO_FIVE)).toBe('—')
  })

  it('writes a change with its sign and unit', () => {
    expect(formatResponseTimeChange(36, DAYS)).toBe('+1.5 business days')
    expect(formatResponseTimeChange(-1.5, NINE_TO_FIVE)).toBe('\u22121.5 working hours')
    expect(formatResponseTimeChange(0.01, NINE_TO_FIVE)).toBe('±0.0 working hours')
    expect(formatResponseTimeChange(null, DAYS)).toBe('—')
  })

  it('names the unit of a CSV column and writes the number in it', () => {
    expect(responseTimeUnit(DAYS)).toBe('business days')
    expect(responseTimeUnit(NINE_TO_FIVE)).toBe('working hours of 09:00–17:00')
    expect(responseTimeCell(99, DAYS)).toBe(4.13)
    expect(responseTimeCell(6.54, NINE_TO_FIVE)).toBe(6.5)
    expect(responseTimeCell(null, NINE_TO_FIVE)).toBeNull()
  })
})

describe('signs and bars', () => {
  it('writes a change with a real minus sign', () => {
    expect(signOf(-2)).toBe('\u2212')
    expect(formatPointChange(0.5, 0.62)).toBe('\u221212 pp')
  })

  it('never draws a bar wider than its track', () => {
    expect(barWidth(30, 1)).toBe('100%')
    expect(barWidth(1, 4)).toBe('25%')
  })
})

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect([countOf(1, 'setting'), countOf(0, 'setting'), countOf(3, 'setting')]).toEqual([
      '1 setting',
      '0 settings',
      '3 settings',
    ])
  })

  it('writes large counts with thousands separators, as every screen does', () => {
    expect(countOf(1204, 'handoff')).toBe('1,204 handoffs')
  })

  it('takes the plural it is given for a noun that does not add an s', () => {
    expect(countOf(2, 'reply', 'replies')).toBe('2 replies')
  })
})

describe('oneOrMany', () => {
  it('picks the word that agrees with the count', () => {
    expect([oneOrMany(1, 'needs', 'need'), oneOrMany(0, 'needs', 'need'), oneOrMany(2, 'is', 'are')]).toEqual([
      'needs',
      'need',
      'are',
    ])
  })
})
