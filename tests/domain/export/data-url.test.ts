import { describe, expect, it } from 'vitest'
import { dataUrlBytes } from '@/domain/export/data-url'

describe('dataUrlBytes', () => {
  it('decodes the base64 payload of a PNG data URL', () => {
    expect([...dataUrlBytes('data:image/png;base64,iVBORw0KGgo=')]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ])
  })

  it('refuses anything that is not a base64 data URL', () => {
    expect(() => dataUrlBytes('data:,hello')).toThrow('Not a base64 data URL')
    expect(() => dataUrlBytes('https://example.com/x.png')).toThrow()
  })
})
