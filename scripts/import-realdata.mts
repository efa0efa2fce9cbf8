/**
 * Runs the import pipeline over a folder of real CRM exports (never committed; see
 * /work/shared/realdata/SOURCES.md) with a mapping per known file, and prints one summary per
 * file: rows, imported, rejected reasons, skipped, warnings, time.
 *   npx tsx scripts/import-realdata.mts /work/shared/realdata [--json]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Mapping } from '../src/domain/import/mapping.ts'
import { parseExport } from '../src/domain/import/pipeline.ts'

const MAPPINGS: Record<string, Mapping | undefined> = {
  'marketstar-opportunities.csv': {
    columns: {
      externalId: 'OpportunityId',
      bookedAt: 'CreatedDate',
      sdr: 'created_by_id',
      ae: 'OwnerEmployeeId',
      status: 'IsAccepted',
      respondedAt: 'AcceptedDecisionDate',
      pipelineAmount: 'Amount',
    },
  },
  'marketstar-leads.csv': {
    columns: {
      externalId: 'LeadId',
      contactTitle: 'Title',
      industry: 'Industry',
      companySize: 'Employees',
      bookedAt: 'CreatedDate',
      sdr: 'OwnerEmployeeId',
      status: 'Stage',
      source: 'LeadSource',
      rejectionReason: 'DisqualifiedReason',
    },
    values: {
      status: {
        Disqualified: 'rejected',
        Qualified: 'accepted',
        Scheduled: 'pending',
        Working: 'pending',
        'Decision Maker': 'pending',
        Gatekeeper: 'pending',
      },
    },
  },
  'zoho-events.csv': {
    columns: {
      externalId: 'EVENTID',
      sdr: 'Event Owner',
      bookedAt: 'Created Time',
      meetingAt: 'Start DateTime',
      crmNotes: 'Subject',
    },
  },
  'zoho-leads.csv': {
    columns: {
      externalId: 'LEADID',
      company: 'Company',
      sdr: 'Lead Owner',
      industry: 'Industry',
      source: 'Lead Source',
      bookedAt: 'Created Time',
      status: 'CONVERTED',
      contactName: 'Last Name',
    },
  },
  'zoho-potentials.csv': {
    columns: {
      contactName: 'Potential Name',
      sdr: 'Potential Owner',
      bookedAt: 'Created Time',
      meetingAt: 'Closing Date',
      pipelineAmount: 'Amount',
      status: 'Stage',
      source: 'Lead Source',
      campaign: 'Campaign Id',
    },
    values: {
      status: {
        'Closed Won': 'accepted',
        'Closed Lost': 'rejected',
        'Closed Lost to Competition': 'rejected',
        Qualification: 'pending',
        'Needs Analysis': 'pending',
        'Initial Offer': 'pending',
        Prospect: 'pending',
        'Proposal/Price Quote': 'pending',
        'Negotiation/Review': 'pending',
        'Value Proposition': 'pending',
        'Id. Decision Makers': 'pending',
        'Perception Analysis': 'pending',
      },
    },
  },
  'zoho-calls.csv': {
    columns: { externalId: 'TASKID', sdr: 'Call Owner', bookedAt: 'Call Start Time', crmNotes: 'Subject' },
  },
  'zoho-contacts.csv': {
    columns: {
      externalId: 'CONTACTID',
      sdr: 'Contact Owner',
      bookedAt: 'Created Time',
      contactName: 'Last Name',
      source: 'Lead Source',
    },
  },
  'zoho-tasks.csv': {
    columns: {
      sdr: 'Task Owner',
      bookedAt: 'Created Time',
      meetingAt: 'Due Date',
      crmNotes: 'Subject',
      status: 'Status',
    },
    values: {
      status: {
        Completed: 'accepted',
        'Not Started': 'pending',
        'In Progress': 'pending',
        Deferred: 'pending',
        'Waiting for input': 'pending',
      },
    },
  },
  'maven-sales-pipeline.csv': {
    columns: {
      externalId: 'opportunity_id',
      sdr: 'sales_agent',
      company: 'account',
      campaign: 'product',
      bookedAt: 'engage_date',
      meetingAt: 'close_date',
      status: 'deal_stage',
      pipelineAmount: 'close_value',
    },
    values: { status: { Won: 'accepted', Lost: 'rejected', Engaging: 'pending', Prospecting: 'pending' } },
  },
  'xeducation-leads.csv': {
    columns: { externalId: 'Prospect ID', source: 'Lead Source', sdr: 'Lead Number', status: 'Converted' },
  },
}

const dir = process.argv[2] ?? '/work/shared/realdata'
const asJson = process.argv.includes('--json')
for (const name of readdirSync(dir)
  .filter((f) => /\.(csv|tsv|txt|xlsx)$/i.test(f))
  .sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)))
  const mapping = MAPPINGS[name]
  const started = performance.now()
  try {
    const parse = await parseExport({ fileName: name, bytes }, { timeZone: 'America/New_York', mapping })
    const ms = Math.round(performance.now() - started)
    const reasons = new Map<string, number>()
    for (const r of parse.rejected) {
      for (const e of r.errors) {
        const key = e.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/line \d+/g, 'line N')
        reasons.set(key, (reasons.get(key) ?? 0) + 1)
      }
    }
    const summary = {
      file: name,
      ms,
      mapping: mapping ? 'custom' : `auto (${parse.preset})`,
      encoding: parse.encoding,
      delimiter: parse.delimiter,
      headerLine: parse.headerLine,
      dateOrders: parse.dateOrders,
      rows: parse.rows,
      imported: parse.handoffs.length,
      rejected: parse.rejected.length,
      skipped: parse.skipped.length,
      reasons: Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6)),
      warnings: parse.warnings,
      first: parse.handoffs[0]?.handoff,
    }
    console.log(asJson ? JSON.stringify(summary) : summary)
  } catch (e) {
    const err = e as Error
    console.log(`${name}: ${err.name}: ${err.message} (${Math.round(performance.now() - started)} ms)`)
  }
}
