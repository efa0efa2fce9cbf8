import { defaultSettings, type Settings } from '@/domain/settings'
import type { WeekedHandoff } from '@/domain/trends/facts'
import type { HandoffFact } from '@/domain/trends/facts'
import { aHandoff } from '../../helpers/handoffs'
import { ALL_CARRIED } from '@/domain/carried'

export const settings: Settings = defaultSettings('UTC')

/** A complete package: every default required field filled in. */
const complete = {
  crmNotes: 'Met at the Berlin expo',
  discoverySummary: '"We lose a day per week on reconciliation"',
  icpFit: '240 employees, uses Salesforce',
  triggerEvent: 'New CFO hired in October',
  techStack: 'Salesforce, NetSuite',
  budgetSignal: 'Budget approved for Q1',
}

let n = 0
/** A handoff booked in a week (Monday 10:00 UTC of 2026-W47 unless given). */
export function weeked(over: Partial<WeekedHandoff> = {}): WeekedHandoff {
  n++
  return { ...aHandoff({ ...complete }), id: `t::${n}`, week: '2026-W47', ...over }
}

/** A fact with only what a test cares about spelled out. */
export function aFact(over: Partial<HandoffFact> = {}): HandoffFact {
  return {
    week: '2026-W47',
    sdr: 'Ana Silva',
    ae: 'Ben Okafor',
    segment: 'Mid-market',
    campaign: 'Q4 outbound',
    partner: '',
    status: 'accepted',
    reason: null,
    sla: 'on_time',
    responseHours: 4,
    missingMask: 0,
    notAssessedMask: 0,
    isVague: false,
    hasNoFeedback: false,
    carried: ALL_CARRIED,
    isChecklistAssessed: true,
    rubric: null,
    ...over,
  }
}
