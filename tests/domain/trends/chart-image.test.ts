import { describe, expect, it } from 'vitest'
import { chartImageHeading } from '@/domain/trends/chart-image'

describe('chartImageHeading', () => {
  it('puts the range and the team under the title', () => {
    expect(chartImageHeading('Acceptance rate', 'Last 13 weeks (2026-W36 – 2026-W48)', 'Team Nova')).toEqual({
      title: 'Acceptance rate',
      subtitle: 'Last 13 weeks (2026-W36 – 2026-W48) · Team Nova',
    })
  })

  it('leaves the team out when none is set', () => {
    expect(chartImageHeading('Acceptance rate', 'Q3 FY2026 (Jul–Sep)', '  ').subtitle).toBe('Q3 FY2026 (Jul–Sep)')
    expect(chartImageHeading('Acceptance rate', 'Q3 FY2026 (Jul–Sep)', null).subtitle).toBe('Q3 FY2026 (Jul–Sep)')
  })

  it('names the weeks drawn as gaps because their export could not show the rate', () => {
    expect(chartImageHeading('On-time SLA rate', 'Q4 FY2026', 'Nova', ['2026-W45', '2026-W46']).subtitle).toBe(
      'Q4 FY2026 · Nova · gaps: 2026-W45, 2026-W46 not in this export',
    )
  })
})
