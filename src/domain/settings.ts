import { z } from 'zod'
import { CONTACT_INFLUENCES, HANDOFF_FIELDS, type HandoffField } from './handoff'
import { rosterSchema } from './team/roster'

export const DEFAULT_REQUIRED_FIELDS: HandoffField[] = [
  'crmNotes',
  'discoverySummary',
  'icpFit',
  'triggerEvent',
  'techStack',
  'budgetSignal',
]
export const DEFAULT_PLACEHOLDERS = ['-', '--', 'n/a', 'na', 'tbd', 'tba', '?', 'select', 'null', 'unknown']

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return tz.length > 0
  } catch {
    return false
  }
}

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

export const icpSchema = z.object({
  minCompanySize: z
    .number({ message: 'Minimum company size must be a number' })
    .int('Minimum company size must be a whole number')
    .min(0, 'Minimum company size cannot be negative'),
  targetIndustries: z.array(z.string().trim().min(1)),
  influenceLevels: z
    .array(z.enum(CONTACT_INFLUENCES))
    .min(1, 'Choose at least one contact influence level that counts'),
})
export type Icp = z.infer<typeof icpSchema>

export const DEFAULT_ICP: Icp = {
  minCompanySize: 50,
  targetIndustries: [],
  influenceLevels: ['decision_maker', 'influencer'],
}

/** A local clock time as `HH:MM`, 00:00–23:59. */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const clockTime = (field: string) => z.string().regex(CLOCK_TIME, `${field} must be a time such as 09:00`)

/** Minutes after local midnight of an `HH:MM` clock time. */
export const minutesOfClock = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

export const RESPONSE_TIME_UNITS = ['business_days', 'working_hours'] as const
export type ResponseTimeUnit = (typeof RESPONSE_TIME_UNITS)[number]

/**
 * How an AE's response time is measured and shown (never the SLA deadline, which stays in whole
 * business days): `business_days` counts whole Monday–Friday days minus holidays ("1.5 business
 * days"); `working_hours` counts only the working day on those days ("6.5 working hours
 * (09:00–17:00)"). The working day is kept while business days are shown, so switching back and
 * forth loses nothing.
 */
export const responseTimeSchema = z
  .object({
    unit: z.enum(RESPONSE_TIME_UNITS),
    workdayStart: clockTime('Working day start'),
    workdayEnd: clockTime('Working day end'),
  })
  // Only two real times are compared: a malformed one already has its own message.
  .refine(
    (r) =>
      !CLOCK_TIME.test(r.workdayStart) ||
      !CLOCK_TIME.test(r.workdayEnd) ||
      minutesOfClock(r.workdayEnd) > minutesOfClock(r.workdayStart),
    {
      message: 'The working day must end after it starts',
      path: ['workdayEnd'],
    },
  )
export type ResponseTimeMeasure = z.infer<typeof responseTimeSchema>

export const DEFAULT_RESPONSE_TIME: ResponseTimeMeasure = {
  unit: 'business_days',
  workdayStart: '09:00',
  workdayEnd: '17:00',
}

export const AGENDA_SECTIONS = ['numbers', 'handoffs', 'breaches', 'calibration'] as const
export type AgendaSection = (typeof AGENDA_SECTIONS)[number]

export const settingsSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, 'Time zone must be an IANA name such as Europe/Berlin'),
  fiscalYearStartMonth: z
    .number()
    .int()
    .min(1, 'Fiscal year start month must be 1–12')
    .max(12, 'Fiscal year start month must be 1–12'),
  holidays: z.array(isoDay).refine((d) => new Set(d).size === d.length, 'Each holiday only once'),
  slaWindowDays: z
    .number({ message: 'SLA window must be a number' })
    .int('SLA window must be a whole number of business days')
    .min(1, 'SLA window must be at least 1 business day')
    .max(10, 'SLA window must be at most 10 business days'),
  requiredFields: z
    .array(z.enum(HANDOFF_FIELDS as [HandoffField, ...HandoffField[]]))
    .min(1, 'Require at least one checklist field'),
  // At most PLACEHOLDER_MAX_LENGTH (handoff-facts.ts): the facts' clipped texts rely on it.
  placeholders: z.array(
    z.string().trim().min(1, 'A placeholder cannot be blank').max(32, 'A placeholder is at most 32 characters'),
  ),
  icp: icpSchema,
  /** Minutes per agenda section; docs/product.md's default sums to 30. */
  agendaMinutes: z.object({
    numbers: z.number().int().min(1).max(60),
    handoffs: z.number().int().min(1).max(60),
    breaches: z.number().int().min(1).max(60),
    calibration: z.number().int().min(1).max(60),
  }),
  sampleSize: z.number().int().min(1).max(50),
  /** Settings → Team: the people behind the CRM's owner ids. Saved settings from before it: none. */
  team: rosterSchema.default([]),
  /**
   * Settings → AE response SLA: how response time is measured and shown. Settings saved (and
   * backups made) before it parse to business days, as before. Settings live as one value in the
   * Dexie `settings` table, so the new field needs no schema version or upgrade.
   */
  responseTime: responseTimeSchema.default(() => ({ ...DEFAULT_RESPONSE_TIME })),
  /** Settings → Team calendar: the team's name, on exported charts; saved settings from before it: none. */
  teamName: z.string().trim().max(60, 'The team name is at most 60 characters').default(''),
})
export type Settings = z.infer<typeof settingsSchema>

export function defaultSettings(timeZone = systemTimeZone()): Settings {
  return {
    timeZone,
    fiscalYearStartMonth: 1,
    holidays: [],
    slaWindowDays: 1,
    requiredFields: [...DEFAULT_REQUIRED_FIELDS],
    placeholders: [...DEFAULT_PLACEHOLDERS],
    icp: { ...DEFAULT_ICP, targetIndustries: [], influenceLevels: [...DEFAULT_ICP.influenceLevels] },
    agendaMinutes: { numbers: 8, handoffs: 10, breaches: 6, calibration: 6 },
    sampleSize: 5,
    team: [],
    responseTime: { ...DEFAULT_RESPONSE_TIME },
    teamName: '',
  }
}

/** Messages keyed by the settings path, for showing beside the field that is wrong. */
export function settingsErrors(candidate: unknown): Record<string, string> {
  const result = settingsSchema.safeParse(candidate)
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const key = issue.path.join('.')
    errors[key] ??= issue.message
  }
  return errors
}
