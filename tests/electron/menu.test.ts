// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '../../electron/main/menu'

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`)
  return menu.submenu
}

/** What a person sees in a submenu: labels, or roles for the standard items. */
const entries = (items: MenuItemConstructorOptions[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role)

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('item has no click handler')
  item.click(...([{}, undefined, {}] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>))
}

describe('menuTemplate', () => {
  it('has File with Import…, Export… and Quit on Windows and Linux', () => {
    const file = submenuOf(menuTemplate(vi.fn(), false), '&File')
    expect(entries(file)).toEqual(['Import…', 'Export…', 'quit'])
  })

  it('puts Quit in the app menu on macOS and Close in File', () => {
    const template = menuTemplate(vi.fn(), true)
    expect(template[0]).toEqual({ role: 'appMenu' })
    expect(entries(submenuOf(template, '&File'))).toEqual(['Import…', 'Export…', 'close'])
  })

  it('has View with presentation mode, full screen and the zoom roles', () => {
    const view = submenuOf(menuTemplate(vi.fn(), false), '&View')
    expect(entries(view)).toEqual(
      expect.arrayContaining(['Presentation mode', 'togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut']),
    )
  })

  it('leaves Reload and the developer tools out of a packaged build', () => {
    const view = entries(submenuOf(menuTemplate(vi.fn(), false), '&View'))
    expect(view).not.toContain('reload')
    expect(view).not.toContain('toggleDevTools')
  })

  it('offers Reload and the developer tools in a development build', () => {
    expect(entries(submenuOf(menuTemplate(vi.fn(), false, true), '&View'))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    )
  })

  it('has Help with About', () => {
    expect(entries(submenuOf(menuTemplate(vi.fn(), false), '&Help'))).toEqual(['About Handoff Huddle'])
  })

  it.each([
    ['&File', 'Import…', 'import'],
    ['&File', 'Export…', 'export'],
    ['&View', 'Presentation mode', 'presentation'],
    ['&Help', 'About Handoff Huddle', 'about'],
  ])('sends %s › %s to the renderer as %j', (menu, label, command) => {
    const send = vi.fn()
    click(submenuOf(menuTemplate(send, false), menu).find((i) => i.label === label))
    expect(send).toHaveBeenCalledExactlyOnceWith(command)
  })

  it('gives the app commands their accelerators', () => {
    const template = menuTemplate(vi.fn(), false)
    const accelerators = [...submenuOf(template, '&File'), ...submenuOf(template, '&View')]
      .filter((i) => i.accelerator)
      .map((i) => [i.label, i.accelerator])
    expect(accelerators).toEqual([
      ['Import…', 'CmdOrCtrl+O'],
      ['Export…', 'CmdOrCtrl+E'],
      ['Presentation mode', 'CmdOrCtrl+Shift+P'],
    ])
  })
})
