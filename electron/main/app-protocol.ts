import { extname, join, normalize, sep } from 'node:path'
import type { CustomScheme, Protocol } from 'electron'

/**
 * The renderer is served from `app://bundle/…` instead of `file://`: a page on file:// can read
 * any local file the user can, and with the `grantFileProtocolExtraPrivileges` fuse off it would
 * not even load. Only files under the built renderer folder are served; anything else is a 404.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
/** The one page the IPC gateway trusts (plus its #/route). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Registered before the app is ready: a standard, secure scheme, so ES modules and fetch work. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/** The file under `root` an app:// URL asks for, or null (another host, a path out of root). */
export function resolveAppFile(rawUrl: string, root: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  const inside = root.endsWith(sep) ? root : `${root}${sep}`
  return file.startsWith(inside) ? file : null
}

/** The protocol handler: the bundled file with its content type, else 404. */
export function appProtocolHandler(root: string, readFile: (path: string) => Promise<Uint8Array>) {
  return async (request: Request): Promise<Response> => {
    const file = resolveAppFile(request.url, root)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
      return new Response(body as BodyInit, { headers: { 'content-type': type } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}

export function setupAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  readFile: (path: string) => Promise<Uint8Array>,
): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(root, readFile))
}
