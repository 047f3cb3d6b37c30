import {parseArgs} from 'node:util'
import {
  type CheckCommandOptions,
  type CheckHooks,
  type Output,
  parseConstraints,
  parseFormat,
  parseGeneration,
  parsePythonMarkdown,
  runCheck,
  runCheckOn
} from './check-command.js'
import {prepareRuntimeForBatch} from './batch-runtime.js'
import {isReportInputError, needsExpanding} from '@mlops-report/report-files'
import {isUsageError, usage, UsageError} from './usage.js'
import {descriptorOutput} from './descriptor-output.js'
import {ownVersion} from './version.js'

/** The commands `check` does not need, each a module beside this one, loaded when asked for. */
interface LazyCommands {
  './staged-targets.js': typeof import('./staged-targets.js')
  './html-command.js': typeof import('./html-command.js')
  './fix-command.js': typeof import('./fix-command.js')
  './course/course-command.js': typeof import('./course/course-command.js')
  './similar-command.js': typeof import('./similar-command.js')
  './given-paths.js': typeof import('./given-paths.js')
  './init/init-command.js': typeof import('./init/init-command.js')
}

/** Loads one of those modules; given by the launcher when this code runs from its compile cache (see launch.ts). */
export type ImportCommand = <Specifier extends keyof LazyCommands>(specifier: Specifier) => Promise<LazyCommands[Specifier]>

const importBesideThis: ImportCommand = (specifier) => import(specifier)

/** Each command's own options; another's is refused, not ignored (`check --deadline` would check nothing by the deadline). */
const commandOptions: Record<string, readonly string[]> = {
  check: ['format', 'constraints', 'generation', 'python-markdown', 'quiet', 'verbose', 'staged', 'strict'],
  html: ['output', 'handin', 'python-markdown'],
  fix: ['dry-run', 'python-markdown'],
  course: ['out', 'output', 'deadline', 'jobs', 'python-markdown', 'compare-with', 'verbose'],
  similar: ['compare-with', 'format'],
  init: ['dry-run', 'force', 'route', 'hook-repo', 'hook-rev']
}

/** Each option given that is not the command's, as written (`--deadline`, `-o`), with the commands it belongs to. */
function foreignOptions(command: string, tokens: ReturnType<typeof parseArgs>['tokens']): string[] {
  const own = commandOptions[command]
  if (own === undefined) return []
  const foreign = new Map<string, string>()
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.name === 'help' || token.name === 'version' || own.includes(token.name)) continue
    const owners = Object.keys(commandOptions).filter((other) => commandOptions[other]!.includes(token.name))
    foreign.set(token.rawName, `${token.rawName} (an option of ${owners.join(', ')})`)
  }
  return [...foreign.values()]
}

async function dispatch(argv: string[], io: Output, hooks: CheckHooks, importCommand: ImportCommand): Promise<number> {
  const {values, positionals, tokens} = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      format: {type: 'string'},
      constraints: {type: 'string'},
      generation: {type: 'string'},
      'python-markdown': {type: 'string'},
      output: {type: 'string', short: 'o'},
      out: {type: 'string'},
      quiet: {type: 'boolean', short: 'q', default: false},
      verbose: {type: 'boolean', default: false},
      staged: {type: 'boolean', default: false},
      strict: {type: 'boolean', default: false},
      'dry-run': {type: 'boolean', default: false},
      handin: {type: 'boolean', default: false},
      force: {type: 'boolean', default: false},
      route: {type: 'string'},
      deadline: {type: 'string'},
      jobs: {type: 'string'},
      'hook-repo': {type: 'string'},
      'hook-rev': {type: 'string'},
      'compare-with': {type: 'string', multiple: true},
      help: {type: 'boolean', short: 'h', default: false},
      version: {type: 'boolean', short: 'v', default: false}
    }
  })
  const [command, ...paths] = positionals
  if (values.version) {
    io.out(ownVersion())
    return 0
  }
  if (values.help || command === undefined) {
    ;(values.help ? io.out : io.err)(usage)
    return values.help ? 0 : 2
  }
  const foreign = foreignOptions(command, tokens)
  if (foreign.length > 0) throw new UsageError(`${command} does not take ${foreign.join(', ')}`)
  const pythonMarkdown = parsePythonMarkdown(values['python-markdown'])
  switch (command) {
    case 'check': {
      const options: CheckCommandOptions = {
        format: parseFormat(values.format),
        constraints: parseConstraints(values.constraints),
        generation: parseGeneration(values.generation),
        pythonMarkdown,
        quiet: values.quiet,
        verbose: values.verbose,
        staged: values.staged,
        strict: values.strict
      }
      if (!values.staged) {
        // The glob library only when there is a glob: a hook's check of one file starts without it.
        const named = needsExpanding(paths) ? (await importCommand('./given-paths.js')).givenReports(paths, io) : paths
        return runCheck(named, options, io, hooks)
      }
      const {stagedCheckTargets} = await importCommand('./staged-targets.js')
      return runCheckOn(stagedCheckTargets(paths), options, io, hooks)
    }
    case 'html': {
      const {runHtml} = await importCommand('./html-command.js')
      return runHtml(paths, {output: values.output, handin: values.handin, pythonMarkdown}, io)
    }
    case 'fix': {
      const {runFix} = await importCommand('./fix-command.js')
      return runFix(paths, {dryRun: values['dry-run'], pythonMarkdown}, io)
    }
    case 'course': {
      const {runCourse} = await importCommand('./course/course-command.js')
      return runCourse(
        paths,
        {
          out: values.out ?? values.output,
          deadline: values.deadline,
          jobs: values.jobs,
          pythonMarkdown,
          compareWith: values['compare-with'] ?? [],
          ...(values.verbose ? {progress: true} : {})
        },
        io
      )
    }
    case 'similar': {
      const {parseSimilarFormat, runSimilar} = await importCommand('./similar-command.js')
      return runSimilar(paths, {compareWith: values['compare-with'] ?? [], format: parseSimilarFormat(values.format)}, io)
    }
    case 'init': {
      if (paths.length > 1) throw new UsageError('init takes one folder')
      const {parseRoute, runInit} = await importCommand('./init/init-command.js')
      return runInit(
        paths[0],
        {dryRun: values['dry-run'], force: values.force, route: parseRoute(values.route), hookRepo: values['hook-repo'], hookRev: values['hook-rev']},
        io
      )
    }
    default:
      throw new UsageError(`unknown command "${command}"`)
  }
}

/** Runs the CLI; never throws, returns the exit status. Output given as `io` is the caller's to flush. */
export async function main(argv: string[], io?: Output): Promise<number> {
  return io ? run(argv, io, {}, importBesideThis) : mainAsProcess(argv, importBesideThis)
}

/** The CLI as the process: its output is the descriptors, its runtime ours to set up. */
export async function mainAsProcess(argv: string[], importCommand: ImportCommand): Promise<number> {
  const output = descriptorOutput()
  try {
    return await run(argv, output, {batchStarting: prepareRuntimeForBatch}, importCommand)
  } finally {
    output.flush()
  }
}

async function run(argv: string[], io: Output, hooks: CheckHooks, importCommand: ImportCommand): Promise<number> {
  try {
    return await dispatch(argv, io, hooks, importCommand)
  } catch (error) {
    if (isReportInputError(error)) {
      io.err(`mlops-report: ${error.message}`)
      return 2
    }
    if (isUsageError(error)) {
      io.err(`mlops-report: ${(error as Error).message}\nRun "mlops-report --help" for usage.`)
      return 2
    }
    io.err(`mlops-report: internal error: ${(error as Error).message ?? String(error)}\nPlease report this with the file that caused it.`)
    return 3
  }
}
