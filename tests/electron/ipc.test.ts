// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { createHandle, isAppPageUrl, senderIsWindow } from '../../electron/main/ipc'
import { APP_PAGE, fakeIpcMain, fakeWebContents, fakeWindow, invokeEvent } from './fakes'

describe('createHandle', () => {
  it('passes the parsed payload, defaults applied, to the handler', async () => {
    const ipc = fakeIpcMain()
    const fn = vi.fn((payload: { n: number; tag: string }) => payload.n * 2)
    createHandle({ ipcMain: ipc.ipcMain, isTrustedSender: () => true })(
      't',
      z.object({ n: z.number(), tag: z.string().default('x') }),
      fn,
    )
    await expect(ipc.invoke('t', invokeEvent({}), { n: 21, extra: 'dropped' })).resolves.toBe(42)
    expect(fn.mock.calls[0]?.[0]).toEqual({ n: 21, tag: 'x' })
  })

  it('checks the sender before parsing, so a foreign sender learns nothing about the schema', async () => {
    const ipc = fakeIpcMain()
    createHandle({ ipcMain: ipc.ipcMain, isTrustedSender: () => false })('t', z.object({ n: z.number() }), () => 1)
    await expect(ipc.invoke('t', invokeEvent({}), { n: 'x' })).rejects.toThrow(
      't: refused a request from a foreign sender',
    )
  })
})

describe('senderIsWindow', () => {
  it('trusts the top frame of our window showing the bundled page', () => {
    const { win, contents } = fakeWindow()
    expect(senderIsWindow(() => win as never)(invokeEvent(contents, APP_PAGE))).toBe(true)
  })

  it('trusts nothing while there is no window', () => {
    expect(senderIsWindow(() => null)(invokeEvent(fakeWebContents().contents))).toBe(false)
  })

  it('refuses a frame that is already gone', () => {
    const { win, contents } = fakeWindow()
    const event = { sender: contents, senderFrame: null }
    expect(senderIsWindow(() => win as never)(event as never)).toBe(false)
  })

  it('trusts the dev server only when given its URL', () => {
    const { win, contents } = fakeWindow()
    const event = invokeEvent(contents, 'http://localhost:5173/#/huddle')
    expect(senderIsWindow(() => win as never)(event)).toBe(false)
    expect(senderIsWindow(() => win as never, 'http://localhost:5173')(event)).toBe(true)
  })
})

describe('isAppPageUrl', () => {
  it.each([
    ['http://localhost:51730/', 'a port that merely starts like the dev port'],
    ['http://localhost:5173.evil.example/', 'a host that merely starts like the dev host'],
    ['https://localhost:5173/', 'another scheme'],
    ['https://evil.example/', 'any web page'],
    ['about:blank', 'a blank frame'],
    ['file:///opt/Handoff%20Huddle/resources/app.asar/out/renderer/index.html', 'a file:// page, even ours'],
    ['app://evil/index.html', 'another app:// host'],
    ['app://bundle/other.html', 'another page of the bundle'],
    ['app://bundle/index.html?x=1', 'the page with a query'],
    ['', 'an empty URL'],
  ])('refuses %s (%s)', (url) => {
    expect(isAppPageUrl(url, 'http://localhost:5173')).toBe(false)
  })

  it('accepts the bundled page on app:// and the dev server origin', () => {
    expect(isAppPageUrl(APP_PAGE)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/src/index.html', 'http://localhost:5173')).toBe(true)
  })
})
