/**
 * A built site served on 127.0.0.1 as GitHub Pages serves it: below its base
 * path, `/x` answered by `x.html` or `x/index.html`, a 404 otherwise.
 */

import {readFile, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, sep} from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2'
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

export async function serveStatic(root: string, basePath = '/'): Promise<{origin: string; url: string; close: () => Promise<void>}> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const inside = path.startsWith(basePath) ? path.slice(basePath.length) : null
    const file = inside === null ? null : normalize(join(root, inside))
    if (file === null || !(file === root || file.startsWith(root + sep))) {
      response.writeHead(404).end('not found')
      return
    }
    for (const candidate of [file, `${file}.html`, join(file, 'index.html')]) {
      if (await isFile(candidate)) {
        response.writeHead(200, {'content-type': types[extname(candidate)] ?? 'application/octet-stream'}).end(await readFile(candidate))
        return
      }
    }
    response.writeHead(404, {'content-type': 'text/html'}).end(await readFile(join(root, '404.html')).catch(() => 'not found'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {origin, url: `${origin}${basePath}`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}
