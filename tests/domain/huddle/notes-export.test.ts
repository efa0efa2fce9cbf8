import { describe, expect, it } from 'vitest'
import {
  escapeHtml,
  huddleToHtml,
  huddleToMarkdown,
  markdownCell,
  markdownInline,
  markdownText,
} from '@/domain/huddle/notes-export'
import type { HuddleExportInput } from '@/domain/huddle/notes-export'
import { rateOf } from '@/domain/assessed'

const input = (over: Partial<HuddleExportInput> = {}): HuddleExportInput => ({
  week: '2026-W47',
  date: '2026-11-17',
  facilitator: 'Maya',
  attendees: ['Ana', 'Ben', 'Cy'],
  numbers: {
    booked: 12,
    accepted: 6,
    rejected: 3,
    pending: 3,
    decisionCarried: 12,
    acceptanceRate: rateOf(6, 9),
    lastWeek: { booked: 10, accepted: 0, rejected: 0, pending: 10, decisionCarried: 10, acceptanceRate: rateOf(0, 0) },
    fourWeekAvg: {
      booked: 11.25,
      accepted: 6.5,
      rejected: 2,
      pending: 2.75,
      decisionCarried: 11.25,
      acceptanceRate: rateOf(26, 34),
    },
    reasonMix: [
      { reason: 'too_small', label: 'Too small', count: 2 },
      { reason: 'no_authority', label: 'No authority', count: 1 },
    ],
  },
  strong: {
    company: 'Northwind',
    sdr: 'Ana',
    ae: 'Ben',
    summary: 'New CFO, migrating off spreadsheets by Q1.',
    criteria: [
      { label: 'ICP fit documented with the specific signal', pass: true },
      { label: 'Discovery notes quote the prospect', pass: false },
    ],
    notes: 'Great trigger.\nBen walked in prepared.',
  },
  weak: {
    company: 'Contoso',
    sdr: 'Dee',
    ae: 'Ben',
    summary: 'wants to learn more',
    criteria: [],
    notes: 'Generic notes.',
  },
  breachesByCause: [
    { cause: 'AE out of office, no cover', count: 2 },
    { cause: 'Required fields skipped', count: 3 },
  ],
  calibration: {
    decisions: ['Raise minimum company size to 75'],
    movers: [{ dimension: 'Trigger', value: 'Funding', thisQuarter: 0.8, lastQuarter: 0.55 }],
  },
  sectionNotes: { numbers: 'Volume up, quality steady.', breaches: 'Set up AE cover rota.' },
  decisions: ['Ben covers for Cy on Fridays'],
  actionItems: [
    { text: 'Write the cover rota', owner: 'Maya', due: '2026-11-20', done: false },
    { text: 'Update the checklist', owner: 'Ana', due: null, done: true },
  ],
  changedSinceLast: ['Acceptance rate up from — to 67%'],
  ...over,
})

/** Puts `poison` into every string of the input, keys untouched. */
function poisoned(value: unknown, poison: string): unknown {
  if (typeof value === 'string') return `${value}${poison}`
  if (Array.isArray(value)) return value.map((v) => poisoned(v, poison))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, poison)]))
  }
  return value
}

describe('huddle notes as Markdown', () => {
  it('opens with the week, date, facilitator and attendees', () => {
    expect(huddleToMarkdown(input())).toMatch(
      /^# Handoff huddle 2026-W47\n\n- \*\*Date:\*\* 2026-11-17\n- \*\*Facilitator:\*\* Maya\n- \*\*Attendees:\*\* Ana, Ben, Cy\n/,
    )
  })

  it('has a heading for every part of the huddle', () => {
    const headings = huddleToMarkdown(input())
      .split('\n')
      .filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '# Handoff huddle 2026-W47',
      '## 1. The numbers',
      '### Rejection reasons',
      '## 2. Walk two handoffs',
      '### Strong handoff: Northwind',
      '### Weak handoff: Contoso',
      '## 3. SLA breaches',
      '## 4. ICP calibration',
      '### Acceptance that moved, this quarter vs last',
      '### Calibration decisions',
      '## Decisions',
      '## Action items',
      '## What changed since last huddle',
    ])
  })

  it('tabulates the numbers against last week and the 4-week average', () => {
    const md = huddleToMarkdown(input())
    expect(md).toContain('|  | This week | Last week | 4-week avg |\n| --- | ---: | ---: | ---: |')
    expect(md).toContain('| Booked | 12 | 10 | 11.3 |')
    expect(md).toContain('| Pending | 3 | 10 | 2.8 |')
  })

  it('shows an acceptance rate with nothing decided as a dash', () => {
    expect(huddleToMarkdown(input())).toContain('| Acceptance rate | 66.7% of 9 decided | — | 76.5% |')
  })

  it('leaves out comparison columns it was not given', () => {
    const { lastWeek: _l, fourWeekAvg: _f, ...numbers } = input().numbers
    const md = huddleToMarkdown(input({ numbers }))
    expect(md).toContain('|  | This week |\n')
    expect(md).toContain('| Booked | 12 |\n')
  })

  it('lists rejection reasons by their labels', () => {
    expect(huddleToMarkdown(input())).toContain(
      '| Reason | Count |\n| --- | ---: |\n| Too small | 2 |\n| No authority | 1 |',
    )
  })

  it('says so when nothing was rejected', () => {
    const numbers = { ...input().numbers, reasonMix: [] }
    expect(huddleToMarkdown(input({ numbers }))).toContain('_No rejections this week._')
  })

  it('walks the strong handoff with its rubric and what was said', () => {
    const md = huddleToMarkdown(input())
    expect(md).toContain('### Strong handoff: Northwind\n\n- **SDR:** Ana\n- **AE:** Ben')
    expect(md).toContain(
      '- ✓ Pass: ICP fit documented with the specific signal\n- ✗ Fail: Discovery notes quote the prospect',
    )
    expect(md).toContain('**What was said**\n\nGreat trigger.  \nBen walked in prepared.')
  })

  it('says so when no weak handoff was chosen', () => {
    expect(huddleToMarkdown(input({ weak: undefined }))).toContain('_No weak handoff was chosen._')
  })

  it('frames breaches by cause, not by person', () => {
    const md = huddleToMarkdown(input())
    expect(md).toContain('_Fix the cause, not the person._')
    expect(md).toContain('| Cause | Count |\n| --- | ---: |\n| AE out of office, no cover | 2 |')
  })

  it('adds a Who column only when people were given for a cause', () => {
    const breachesByCause = [
      { cause: 'Late response', count: 2, people: ['Ben', 'Cy'] },
      { cause: 'Skipped fields', count: 1 },
    ]
    const md = huddleToMarkdown(input({ breachesByCause }))
    expect(md).toContain('| Late response | 2 | Ben, Cy |\n| Skipped fields | 1 | — |')
  })

  it('shows calibration movers with the change in percentage points and the decisions', () => {
    const md = huddleToMarkdown(input())
    expect(md).toContain('| Trigger | Funding | 80% | 55% | +25 pp |')
    expect(md).toContain('### Calibration decisions\n\n- Raise minimum company size to 75')
  })

  it('lists action items with owner, due date and whether they are done', () => {
    expect(huddleToMarkdown(input())).toContain(
      '| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Write the cover rota | Maya | 2026-11-20 | Open |\n| Update the checklist | Ana | — | Done |',
    )
  })

  it('lists what changed since the last huddle', () => {
    expect(huddleToMarkdown(input())).toMatch(
      /## What changed since last huddle\n\n- Acceptance rate up from — to 67%\n$/,
    )
  })

  it('includes section notes under their section', () => {
    expect(huddleToMarkdown(input())).toContain('**Notes**\n\nSet up AE cover rota.')
  })

  it('escapes a pipe in a table cell so it cannot split the row', () => {
    const actionItems = [{ text: 'Decide A | B', owner: 'Ana|Ben', due: null, done: false }]
    expect(huddleToMarkdown(input({ actionItems }))).toContain('| Decide A \\| B | Ana\\|Ben | — | Open |')
  })

  it('keeps a multi-line value on one table row', () => {
    const breachesByCause = [{ cause: 'Late\nresponse', count: 1 }]
    expect(huddleToMarkdown(input({ breachesByCause }))).toContain('| Late response | 1 |')
  })

  it('keeps HTML in notes and company names as literal text', () => {
    const strong = {
      ...input().strong!,
      company: '<script>alert(1)</script> & Co',
      notes: '<img src=x onerror=alert(1)>',
    }
    const md = huddleToMarkdown(input({ strong }))
    expect(md).toContain('### Strong handoff: \\<script\\>alert(1)\\</script\\> & Co')
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>')
  })

  it('keeps a note line that looks like a heading or a link from becoming one', () => {
    const md = huddleToMarkdown(input({ sectionNotes: { numbers: '# Not a heading\n[click](javascript:x)' } }))
    expect(md).toContain('\\# Not a heading  \n\\[click\\](javascript:x)')
  })

  it('never lets raw HTML from any user text into the Markdown', () => {
    const md = huddleToMarkdown(poisoned(input(), '<x-poison>') as HuddleExportInput)
    expect(md).toContain('\\<x-poison\\>')
    expect(md).not.toMatch(/(^|[^\\])<x-poison/)
  })
})

describe('Markdown escaping', () => {
  it.each([
    ['AT&T', 'AT&T'],
    ['&lt;b&gt; and &#60;', '\\&lt;b\\&gt; and \\&#60;'],
    ['Acme *Corp*', 'Acme \\*Corp\\*'],
    ['snake_case', 'snake\\_case'],
    ['- dash first', '\\- dash first'],
    ['2026. A year', '2026\\. A year'],
    ['11.3 avg', '11.3 avg'],
    ['---', '\\---'],
    ['#hashtag', '#hashtag'],
    ['back\\slash', 'back\\\\slash'],
  ])('writes %j as %j', (text, md) => {
    expect(markdownText(text)).toBe(md)
  })

  it('escapes block markers only where a line starts, not inside headings or cells', () => {
    expect(markdownInline('1. The numbers')).toBe('1. The numbers')
  })

  it('escapes pipes only in table cells', () => {
    expect(markdownText('a|b')).toBe('a|b')
    expect(markdownCell('a|b')).toBe('a\\|b')
  })
})

describe('huddle notes as HTML', () => {
  it('is a complete standalone document with print styles', () => {
    const html = huddleToHtml(input())
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<title>Handoff huddle 2026-W47</title>')
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/)
    expect(html.trimEnd()).toMatch(/<\/html>$/)
  })

  it('forbids scripts and remote content through its content security policy', () => {
    expect(huddleToHtml(input())).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  it('escapes <script> and & in notes and company names', () => {
    const strong = { ...input().strong!, company: 'AT&T <script>alert(1)</script>', notes: 'Q&A <script>x</script>' }
    const html = huddleToHtml(input({ strong }))
    expect(html).not.toContain('<script')
    expect(html).toContain('<h3>Strong handoff: AT&amp;T &lt;script&gt;alert(1)&lt;/script&gt;</h3>')
    expect(html).toContain('<p>Q&amp;A &lt;script&gt;x&lt;/script&gt;</p>')
  })

  it('escapes every piece of user text', () => {
    const html = huddleToHtml(poisoned(input(), `<x-poison a="1" b='2'>&amp;`) as HuddleExportInput)
    expect(html).not.toContain('<x-poison')
    expect(html).not.toMatch(/&amp;(?!amp;|lt;|gt;|quot;|#39;)/)
    expect(html).toContain('&lt;x-poison a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;amp;')
  })

  it('keeps paragraphs and line breaks of notes', () => {
    const html = huddleToHtml(input({ sectionNotes: { numbers: 'one\ntwo\n\nthree' } }))
    expect(html).toContain('<p>one<br>two</p><p>three</p>')
  })

  it('right-aligns numbers in tables', () => {
    expect(huddleToHtml(input())).toContain(
      '<tr><td>Booked</td><td class="num">12</td><td class="num">10</td><td class="num">11.3</td></tr>',
    )
  })

  it('shows an acceptance rate with nothing decided as a dash', () => {
    expect(huddleToHtml(input())).toContain('<td class="num">—</td>')
  })

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})

describe('notes on an export that did not carry the package', () => {
  it('say once, at the top, what the export has no column for', () => {
    const md = huddleToMarkdown(input({ notCarried: 'this export has no discovery summary' }))
    expect(md.match(/this export has no discovery summary/gi)).toHaveLength(1)
    expect(md).toContain(
      '_This export has no discovery summary: what needs it reads "not in this export" below, and no one is counted against it._',
    )
    expect(md.indexOf('This export has no')).toBeLessThan(md.indexOf('## 1.'))
  })

  it('say nothing about it when the export carried everything', () => {
    expect(huddleToMarkdown(input())).not.toContain('not in this export')
  })
})

describe('notes on an export without the AE decision', () => {
  const bookingsOnly = {
    booked: 12,
    accepted: 0,
    rejected: 0,
    pending: 0,
    decisionCarried: 0,
    acceptanceRate: rateOf(0, 0, false),
    reasonMix: [],
  }
  const md = huddleToMarkdown(
    input({
      numbers: bookingsOnly,
      aeSla: 'no_decision',
      breachesByCause: [],
      calibration: { isComparable: false, decisions: [], movers: [] },
      notCarried: 'this export has no AE decision',
      changedSinceLast: [],
    }),
  )

  it('print "not in this export" for every number that needs the decision, never a 0 or a percentage', () => {
    expect(md).toContain('| Booked | 12 |')
    for (const row of ['Accepted', 'Rejected', 'Pending', 'Acceptance rate'])
      expect(md).toContain(`| ${row} | not in this export |`)
    expect(md).not.toMatch(/\d%/)
  })

  it('claim no reasons, no breach-free week and no calibration finding', () => {
    expect(md).toContain('_Rejection reasons are not in this export: it has no AE decision column._')
    expect(md).not.toContain('No rejections this week.')
    expect(md).toContain('AE response breaches: not in this export (the file holds bookings, not decisions).')
    expect(md).not.toContain('No SLA breaches this week.')
    expect(md).toContain('Acceptance by trigger category, segment, industry or company size: not in this export.')
    expect(md).not.toContain('Nothing moved enough to discuss.')
  })

  it('say once that the rubric is not in this export when none of its evidence was carried', () => {
    const text = huddleToMarkdown(
      input({
        strong: {
          company: 'Northwind',
          sdr: 'Ana',
          ae: 'Ben',
          summary: '',
          criteria: [
            { label: 'ICP fit with a signal', pass: null },
            { label: 'Package complete', pass: null },
          ],
          notes: '',
        },
      }),
    )
    expect(text).toContain('_Rubric: not in this export (this export carries none of what the rubric reads)._')
    expect(text).not.toContain('ICP fit with a signal')
  })

  it('list criteria the export could not evidence as not in this export, not as failed', () => {
    const text = huddleToMarkdown(
      input({
        strong: {
          company: 'Northwind',
          sdr: 'Ana',
          ae: 'Ben',
          summary: '',
          why: 'Accepted by the AE.',
          criteria: [
            { label: 'Tech stack and budget', pass: null },
            { label: 'Trigger and timing', pass: null },
            { label: 'Package complete', pass: true },
          ],
          notes: '',
        },
      }),
    )
    expect(text).toContain('- ✓ Pass: Package complete')
    expect(text).toContain('_Not judged (not in this export): Tech stack and budget; Trigger and timing._')
    expect(text).toContain('- **Why:** Accepted by the AE.')
    expect(text).not.toContain('✗ Fail: Tech stack')
  })
})
