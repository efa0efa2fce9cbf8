import { AGENDA_SECTIONS, type AgendaSection, type Settings } from '@/domain/settings'

/** One timeboxed section of the weekly huddle, as the facilitator sees it on the shared screen. */
export interface AgendaItem {
  id: AgendaSection
  title: string
  /** One or two lines the facilitator can read out to open the section. */
  prompt: string
  seconds: number
}

/** Titles and prompts follow docs/product.md, "Huddle". */
const SECTION_COPY: Record<AgendaSection, { title: string; prompt: string }> = {
  numbers: {
    title: 'The numbers',
    prompt: 'Booked, accepted, rejected and why — against last week and the 4-week average.',
  },
  handoffs: {
    title: 'Walk two handoffs',
    prompt: 'One strong, one weak: what did the strong one carry that the weak one did not?',
  },
  breaches: {
    title: 'SLA breaches',
    prompt:
      'Fix the cause, not the person: which AE responses were late and which handoffs skipped required fields — and why?',
  },
  calibration: {
    title: 'ICP calibration',
    prompt: 'Which trigger events and segments moved this quarter vs last? Should the ICP change?',
  },
}

export function sectionTitle(id: AgendaSection): string {
  return SECTION_COPY[id].title
}

/** The four sections in docs/product.md's order, each timeboxed by the settings. */
export function agendaFromSettings(agendaMinutes: Settings['agendaMinutes']): AgendaItem[] {
  return AGENDA_SECTIONS.map((id) => ({ id, ...SECTION_COPY[id], seconds: agendaMinutes[id] * 60 }))
}

export function agendaTotalSeconds(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.seconds, 0)
}
