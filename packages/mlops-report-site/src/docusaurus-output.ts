/**
 * Docusaurus ends a build by naming its own output folder (a throwaway one
 * here) and suggesting `npm run serve`, which a student's repository does not
 * have. Those two lines are left out while our build runs; our own line says
 * where the site is. Everything else Docusaurus says passes through.
 */

const OWN_FOLDER_LINES = [/Generated static files in /, /npm run serve/]
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are what is matched
const COLOURS = /\u001b\[[0-9;]*m/g

/** Leaves out Docusaurus's lines about its output folder until the returned function is called. */
export function leaveOutFolderLines(): () => void {
  const {log, info} = console
  const filtered =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      const line = args.map(String).join(' ').replace(COLOURS, '')
      if (!OWN_FOLDER_LINES.some((pattern) => pattern.test(line))) write(...args)
    }
  console.log = filtered(log)
  console.info = filtered(info)
  return () => {
    console.log = log
    console.info = info
  }
}
