import type { Handoff } from '../handoff'
import type { RosterIndex } from './roster'

/**
 * What the export said about the people, kept beside the resolved names so that a roster change
 * can resolve stored handoffs again. Each is present only when the roster changed the value.
 */
export interface RawPeople {
  sdrRaw?: string
  aeRaw?: string
  partnerRaw?: string
}

/**
 * The handoff with its SDR and AE resolved through the roster: names instead of CRM ids, and the
 * SDR's partner agency from the roster when it names one. Applying it again with another roster
 * starts from the raw values, so it can be repeated safely.
 */
export function resolvePeople<T extends Pick<Handoff, 'sdr' | 'ae' | 'partner'> & RawPeople>(
  handoff: T,
  index: RosterIndex,
): T {
  const sdrRaw = handoff.sdrRaw ?? handoff.sdr
  const aeRaw = handoff.aeRaw ?? handoff.ae
  const partnerRaw = handoff.partnerRaw ?? handoff.partner
  const sdr = index.resolve(sdrRaw)
  const ae = index.resolve(aeRaw)
  const partner = sdr.member && sdr.member.partner !== '' ? sdr.member.partner : partnerRaw
  const { sdrRaw: _s, aeRaw: _a, partnerRaw: _p, ...rest } = handoff
  return {
    ...rest,
    sdr: sdr.name,
    ae: ae.name,
    partner,
    ...(sdr.name === sdrRaw ? {} : { sdrRaw }),
    ...(ae.name === aeRaw ? {} : { aeRaw }),
    ...(partner === partnerRaw ? {} : { partnerRaw }),
  } as T
}

/** The owner cells as the CRM exported them, for listing who the roster does not know. */
export const rawPeopleOf = (h: Pick<Handoff, 'sdr' | 'ae'> & RawPeople): { sdrRaw: string; aeRaw: string } => ({
  sdrRaw: h.sdrRaw ?? h.sdr,
  aeRaw: h.aeRaw ?? h.ae,
})
