import { describe, expect, it } from 'vitest'
import { feedbackVerdict, hasNoFeedback, isVagueFeedback, type FeedbackVerdict } from '@/domain/rules/feedback'

/** Feedback lines as AEs type them into the CRM, with the verdict a sales manager would give. */
const LINES: readonly (readonly [string, FeedbackVerdict])[] = [
  // Words without a fact: the SDR cannot learn from them.
  ['not qualified', 'vague'],
  ['Not a fit', 'vague'],
  ['bad lead', 'vague'],
  ['Not ICP', 'vague'],
  ['not interested', 'vague'],
  ['no', 'vague'],
  ['Wrong person.', 'vague'],
  ['meh, not great', 'vague'],
  ['Doesn’t meet criteria', 'vague'],
  ['Lead quality poor', 'vague'],
  ['They are not ready', 'vague'],
  ['Not a good fit for us right now', 'vague'],
  ['nope', 'vague'],
  ['DQ', 'vague'],
  ['not a real opp', 'vague'],
  ['waste of time', 'vague'],
  ['low quality', 'vague'],
  ['junk', 'vague'],
  ['Prospect not engaged', 'vague'],
  ['Disqualified - not a fit', 'vague'],
  // Facts the SDR can check or fix.
  ['Prospect asked for pricing only by email and declined a call', 'specific'],
  ['under 20 employees, our minimum is 50', 'specific'],
  ['Contact is an intern with no budget', 'specific'],
  ['They just signed a 3-year deal with Gong', 'specific'],
  ['Healthcare clinic, we do not sell into healthcare', 'specific'],
  ['Already a customer under the parent account', 'specific'],
  ['Uses spreadsheets only, no CRM to integrate with', 'specific'],
  ['Contract renews in March, call back then', 'specific'],
  ['CFO said budget is frozen until next year', 'specific'],
  ['Duplicate of the Acme Logistics opp booked last week', 'specific'],
  ['Only 2 seats needed', 'specific'],
  ['Retail chain, we only sell to manufacturing', 'specific'],
  ['Prospect is a student doing research', 'specific'],
  ['They run everything on Pipedrive and are happy', 'specific'],
  ['Migration is on hold until after their year-end close; revisit in two quarters', 'specific'],
  ['No discovery notes, tech stack or budget signal; I cannot prep from a calendar invite', 'specific'],
  ['Contact left the company before the meeting', 'specific'],
  ['Cancelled the meeting, they are consolidating vendors', 'specific'],
  ['Reseller looking for a partnership, not a buyer', 'specific'],
  ['Wanted a free plan, no money for paid software', 'specific'],
  ['Asked us to send a one-pager instead of meeting', 'specific'],
  ['Only wants an integration we do not have', 'specific'],
  // Nothing written: no feedback, counted apart from vague.
  ['', 'none'],
  ['   ', 'none'],
  ['\n', 'none'],
]

describe('feedbackVerdict', () => {
  it('has a table of at least 40 feedback lines', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(LINES)('reads %j as %s', (text, verdict) => {
    expect(feedbackVerdict(text)).toBe(verdict)
  })
})

describe('isVagueFeedback', () => {
  it('does not call empty feedback vague: it is no feedback', () => {
    expect(isVagueFeedback('')).toBe(false)
    expect(hasNoFeedback('  ')).toBe(true)
  })

  it('calls words without a fact vague', () => {
    expect(isVagueFeedback('not qualified')).toBe(true)
  })
})
