import {readFileSync} from 'node:fs'

/**
 * The version in the nearest package.json above this code: the CLI package's
 * from its dist/, the hook package's from the root bundle's dist/ or dist/init/.
 */
export function ownVersion(): string {
  for (let url = new URL('./package.json', import.meta.url); ; url = new URL('../package.json', url)) {
    try {
      return (JSON.parse(readFileSync(url, 'utf8')) as {version: string}).version
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || url.pathname === '/package.json') throw error
    }
  }
}
