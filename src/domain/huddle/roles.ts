/**
 * Blameless labels for the shared screen: "SDR A", "AE B" instead of names. Letters are assigned
 * in an order shuffled by a seed (the huddle's week), so they stay the same for the whole huddle
 * and on every reopen, yet "A" is not simply the alphabetically first person.
 */
import { seededRandom } from '../random'

export type PersonRole = 'SDR' | 'AE'

/** 0 → A, 25 → Z, 26 → AA, 27 → AB … */
export function letterName(index: number): string {
  let n = Math.trunc(index)
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}

function shuffled(names: readonly string[], seed: string): string[] {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))].sort()
  const random = seededRandom(seed)
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

export interface RoleLabels {
  /** "SDR C" for a known name; the role alone ("SDR") for a blank or unknown name. */
  label(role: PersonRole, name: string): string
}

export function roleLabels(people: { sdrs: readonly string[]; aes: readonly string[] }, seed: string): RoleLabels {
  const maps: Record<PersonRole, Map<string, string>> = {
    SDR: new Map(shuffled(people.sdrs, `${seed}:SDR`).map((name, i) => [name, `SDR ${letterName(i)}`])),
    AE: new Map(shuffled(people.aes, `${seed}:AE`).map((name, i) => [name, `AE ${letterName(i)}`])),
  }
  return { label: (role, name) => maps[role].get(name.trim()) ?? role }
}

/** The name to show: the role label when blameless, else the name ("(none)" when blank). */
export function shownName(role: PersonRole, name: string, labels: RoleLabels, isBlameless: boolean): string {
  if (isBlameless) return labels.label(role, name)
  return name.trim() === '' ? `(no ${role})` : name.trim()
}
