import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * One origin for everything the bench loads, so the bench page can fill the IndexedDB that the
 * built app then opens: `mounts` maps a URL prefix to a folder; '/' serves index.html.
 */
export async function serveStatic(
  mounts: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const prefix = prefixes.find((p) => path.startsWith(p))
    const root = prefix === undefined ? undefined : mounts[prefix]
    if (prefix === undefined || root === undefined) return void res.writeHead(404).end()
    const rest = path.slice(prefix.length)
    let file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest))
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) return void res.writeHead(403).end()
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      createReadStream(file).pipe(res)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
