import {renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {ReportInputError} from '@mlops-report/report-files'

/**
 * Writes a file in one step: a temporary file beside it, renamed over it, so
 * an interrupted run leaves the old file or the new one, never half of one.
 * An existing file keeps its mode; a new one gets `mode`.
 */
export function writeAtomically(path: string, text: string, mode = 0o644): void {
  try {
    mode = statSync(path).mode & 0o777
  } catch {
    // A new file.
  }
  const temporary = `${path}.mlops-report-${process.pid}.tmp`
  try {
    writeFileSync(temporary, text, {mode})
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** `writeAtomically`, a failure told as the user's input error (exit 2, no stack trace). */
export function writeForUser(path: string, text: string): void {
  try {
    writeAtomically(path, text)
  } catch (error) {
    throw new ReportInputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); the file is unchanged`)
  }
}
