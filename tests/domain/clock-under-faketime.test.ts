import { describe, expect, it } from 'vitest'
import { nowIso } from '@/domain/clock'

// `npm run test:dates` runs the suite under faketime; this proves the fake date reaches the
// test workers (otherwise a green run at the three dates would prove nothing).
describe('the date under test', () => {
  it.runIf(process.env.TEST_DATES_AT)('is the date faketime was asked for', () => {
    const at = process.env.TEST_DATES_AT ?? ''
    const d = new Date(nowIso())
    const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    expect(local).toBe(at.slice(0, 10))
  })
})
