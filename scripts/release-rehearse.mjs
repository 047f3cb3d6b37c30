#!/usr/bin/env node
/**
 * A release, rehearsed: the release's own publish step (release-publish.mjs)
 * against a throwaway verdaccio registry on 127.0.0.1, then every channel
 * installed as users install it, each in an empty folder with an empty npm
 * cache and that registry (which passes everything not ours through to
 * npm's): `npx mlops-report@<v> check`, remark-cli with the preset, the
 * language server's `initialize`, `npx mlops-report-site@<v>`, a Docusaurus
 * site adding the plugin, and the pre-commit framework with `repo:` a clone
 * of this repository at tag v<v>. Each step checks what the user would see;
 * the first that fails stops the rehearsal with exit 1.
 *
 * Usage: node scripts/release-rehearse.mjs [--only <step,…>] [--keep]
 * (npm run release:rehearse). The packages must be built (npm run example
 * or scripts/setup.mjs does it); the pre-commit step needs `pre-commit`
 * (apt-get install pre-commit) and takes the committed HEAD.
 */

import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {releasePackages, root, suiteVersion} from './release-packages.mjs'
import {freePort} from './free-port.mjs'

const {values} = parseArgs({options: {only: {type: 'string'}, keep: {type: 'boolean', default: false}}})
const steps = ['cli', 'remark', 'language-server', 'site', 'plugin', 'pre-commit']
const chosen = values.only ? values.only.split(',') : steps
for (const step of chosen) if (!steps.includes(step)) fail(`--only takes ${steps.join(', ')}, not "${step}"`)

const work = mkdtempSync(join(tmpdir(), 'mlops-report-rehearsal-'))
const version = suiteVersion()
const started = Date.now()
let registryProcess = null

function say(message) {
  process.stdout.write(`rehearsal: ${message}\n`)
}

function fail(message) {
  process.stderr.write(`rehearsal: FAILED ${message}\n`)
  cleanUp()
  process.exit(1)
}

function cleanUp() {
  registryProcess?.kill()
  if (!values.keep) rmSync(work, {recursive: true, force: true})
}
process.on('SIGINT', () => fail('interrupted'))
process.on('SIGTERM', () => fail('terminated'))

/** A folder of the rehearsal's own, new. */
function folder(name) {
  const dir = join(work, name)
  mkdirSync(dir, {recursive: true})
  return dir
}

/** The environment of a user who has only this registry and an empty npm cache. */
let userEnv = {}

function run(command, args, cwd, {input, env = {}} = {}) {
  const result = spawnSync(command, args, {cwd, input, encoding: 'utf8', env: {...process.env, ...userEnv, ...env}, maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', output: `${result.stdout ?? ''}${result.stderr ?? ''}`}
}

function expectThat(step, condition, what, result) {
  if (!condition) fail(`${step}: ${what}${result ? `\n--- output (exit ${result.status}) ---\n${result.output.slice(-4000)}` : ''}`)
}

async function startRegistry() {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const dir = folder('registry')
  const ours = releasePackages().map((entry) => entry.name)
  const upstream = spawnSync('npm', ['config', 'get', 'registry'], {encoding: 'utf8'}).stdout.trim() || 'https://registry.npmjs.org/'
  // Our packages live only here (never fetched from upstream, so a name taken there cannot stand in);
  // everything else comes through from upstream.
  const config = [
    `storage: ${JSON.stringify(join(dir, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
    'uplinks:',
    '  upstream:',
    `    url: ${JSON.stringify(upstream)}`,
    '    timeout: 60s',
    '    maxage: 30m',
    'packages:',
    ...ours.flatMap((name) => [`  ${JSON.stringify(name)}:`, '    access: $all', '    publish: $authenticated']),
    "  '@*/*':",
    '    access: $all',
    '    proxy: upstream',
    "  '**':",
    '    access: $all',
    '    proxy: upstream',
    'server:',
    '  keepAliveTimeout: 60',
    'max_body_size: 100mb',
    'log: {type: stdout, format: pretty, level: warn}',
    ''
  ].join('\n')
  writeFileSync(join(dir, 'config.yaml'), config)
  const bin = join(root, 'node_modules', '.bin', 'verdaccio')
  let log = ''
  registryProcess = spawn(bin, ['--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {stdio: ['ignore', 'pipe', 'pipe']})
  registryProcess.stdout.on('data', (chunk) => {
    log += chunk
  })
  registryProcess.stderr.on('data', (chunk) => {
    log += chunk
  })
  for (let tries = 0; ; tries++) {
    try {
      const response = await fetch(`${url}-/ping`)
      if (response.ok) break
    } catch {}
    if (registryProcess.exitCode !== null || tries > 150) fail(`verdaccio did not start on ${url}:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  // A publisher account, as `npm adduser` makes one.
  const response = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({name: 'rehearsal', password: 'rehearsal-only', type: 'user', roles: []})
  })
  const {token} = await response.json()
  if (!token) fail(`verdaccio gave no token (${response.status})`)
  const publisherConfig = join(dir, 'publisher.npmrc')
  writeFileSync(publisherConfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`)
  const userConfig = join(dir, 'user.npmrc')
  writeFileSync(userConfig, `registry=${url}\n`)
  return {url, publisherConfig, userConfig}
}

/** A report of our own (the bundled example) with one answer (question 4) cut to two words, so that it fails. */
function failingReport() {
  const text = readFileSync(join(root, 'examples', 'report', 'README.md'), 'utf8')
  const cut = text.replace(/(### Question 4\n[\s\S]*?> Answer:\n)[\s\S]*?(?=\n### )/, '$1\nPolars mostly.\n')
  if (cut === text) fail('could not shorten question 4 of examples/report/README.md')
  return cut
}

function reportFolder(dir) {
  mkdirSync(join(dir, 'reports'), {recursive: true})
  cpSync(join(root, 'examples', 'report', 'figures'), join(dir, 'reports', 'figures'), {recursive: true})
  writeFileSync(join(dir, 'reports', 'README.md'), failingReport())
}

const expectedFailure = /Question 4: 2 words, expected \d+–\d+ \(\d+ short\)/

const checks = {
  cli() {
    const dir = folder('cli')
    reportFolder(dir)
    const checked = run('npx', ['--yes', `mlops-report@${version}`, 'check', 'reports/README.md'], dir)
    expectThat('npx mlops-report check', checked.status === 1 && expectedFailure.test(checked.stdout), 'did not fail question 4 with its figures', checked)
    const shown = run('npx', ['--yes', `mlops-report@${version}`, '--version'], dir)
    expectThat('npx mlops-report --version', shown.stdout.trim() === version, `did not say ${version}`, shown)
    // The HTML renderer is a module of its own, loaded on demand: it must be in the package too.
    const page = run('npx', ['--yes', `mlops-report@${version}`, 'html', 'reports', '-o', '-'], dir)
    expectThat(
      'npx mlops-report html',
      page.status === 0 && /<strong>Fails: <\/strong>2 words/.test(page.stdout),
      'did not render the failing question 4',
      page
    )
  },

  remark() {
    const dir = folder('remark')
    reportFolder(dir)
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({name: 'a-student-project', private: true}, null, 2)}\n`)
    const installed = run('npm', ['install', '--save-dev', 'remark-cli@12', `remark-preset-lint-mlops-report@${version}`], dir)
    expectThat('npm install remark-cli and the preset', installed.status === 0, 'failed', installed)
    writeFileSync(join(dir, '.remarkrc.mjs'), "export default {plugins: ['remark-preset-lint-mlops-report']}\n")
    const linted = run(join(dir, 'node_modules', '.bin', 'remark'), ['--quiet', '--no-color', '--frail', 'reports/README.md'], dir)
    expectThat(
      'remark with the preset',
      linted.status === 1 && expectedFailure.test(linted.stderr) && /remark-lint:question-length|question-length/.test(linted.stderr),
      'did not report question 4',
      linted
    )
  },

  async 'language-server'() {
    const dir = folder('language-server')
    reportFolder(dir)
    // The server answers `initialize` and then reports the same failure as the CLI when the report is opened.
    const uri = `file://${join(dir, 'reports', 'README.md')}`
    const messages = [
      {jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: `file://${dir}`, capabilities: {}}},
      {jsonrpc: '2.0', method: 'initialized', params: {}},
      {jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'markdown', version: 1, text: failingReport()}}}
    ]
    const server = spawn('npx', ['--yes', '--package', `mlops-report-language-server@${version}`, '--', 'mlops-report-language-server', '--stdio'], {
      cwd: dir,
      env: {...process.env, ...userEnv},
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that the server npx starts goes with it.
      detached: true
    })
    let received = ''
    let errors = ''
    server.stderr.on('data', (chunk) => {
      errors += chunk
    })
    const outcome = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({timedOut: true}), 180_000)
      const state = {initialized: false, diagnostics: null}
      server.stdout.on('data', (chunk) => {
        received += chunk
        for (;;) {
          const header = /Content-Length: (\d+)\r\n\r\n/.exec(received)
          if (!header) break
          const start = header.index + header[0].length
          const length = Number(header[1])
          if (Buffer.byteLength(received.slice(start)) < length) break
          const body = Buffer.from(received.slice(start)).subarray(0, length).toString()
          received = Buffer.from(received.slice(start)).subarray(length).toString()
          const message = JSON.parse(body)
          if (message.id === 1 && message.result?.capabilities) {
            state.initialized = true
            for (const next of messages.slice(1)) send(next)
          }
          if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && message.params.diagnostics.length > 0) {
            state.diagnostics = message.params.diagnostics
            clearTimeout(timer)
            resolve(state)
          }
        }
      })
      server.on('exit', () => resolve({...state, exited: true}))
      send(messages[0])
    })
    function send(message) {
      const body = JSON.stringify(message)
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    }
    process.kill(-server.pid, 'SIGTERM')
    const result = {status: null, output: errors}
    expectThat('the language server', outcome.initialized, 'did not answer initialize', result)
    expectThat(
      'the language server',
      outcome.diagnostics?.some((diagnostic) => expectedFailure.test(diagnostic.message)),
      'published no question 4 diagnostic',
      result
    )
  },

  /** A student's Python repository with an mkdocs site publishes the report below it, as the docs say. */
  site() {
    const dir = folder('site')
    reportFolder(dir)
    const hasMkdocs = spawnSync('mkdocs', ['--version'], {stdio: 'ignore'}).status === 0
    expectThat('mkdocs', hasMkdocs || !process.env.CI, 'mkdocs is not installed (apt-get install mkdocs)')
    let mkdocsIndex = null
    if (hasMkdocs) {
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "group42"\nversion = "0.1.0"\n')
      writeFileSync(join(dir, 'mkdocs.yml'), 'site_name: Group 42\nnav:\n  - Home: index.md\n  - Report: report/\n')
      mkdirSync(join(dir, 'docs'))
      writeFileSync(join(dir, 'docs', 'index.md'), '# Group 42\n\nOur MLOps project.\n')
      const mkdocs = run('mkdocs', ['build', '--quiet'], dir)
      expectThat('mkdocs build', mkdocs.status === 0, 'failed', mkdocs)
      mkdocsIndex = readFileSync(join(dir, 'site', 'index.html'), 'utf8')
    }
    const site = (...args) => run('npx', ['--yes', `mlops-report-site@${version}`, ...args], dir)
    const built = site('reports', '--out', 'site/report', '--base-url', '/group-42/report/')
    expectThat('npx mlops-report-site', built.status === 0, 'failed', built)
    const page = readFileSync(join(dir, 'site', 'report', 'index.html'), 'utf8')
    expectThat('npx mlops-report-site', /<strong>Fails: <\/strong>2 words/.test(page), 'the page shows no failing question 4', built)
    expectThat('npx mlops-report-site', /href="?\/group-42\/report\/assets\/css\//.test(page), 'the page is not at its base URL', built)
    if (mkdocsIndex !== null) {
      expectThat('npx mlops-report-site', readFileSync(join(dir, 'site', 'index.html'), 'utf8') === mkdocsIndex, 'changed the mkdocs site around it')
    }
    expectThat('npx mlops-report-site', !existsSync(join(dir, 'package.json')) && !existsSync(join(dir, 'node_modules')), 'left a package.json or node_modules')
    // Bad input: one line each, no stack trace, nothing deleted.
    const missing = site('nothing-here', '--out', 'x')
    expectThat(
      'npx mlops-report-site on a missing path',
      missing.status === 2 && missing.stderr.includes('mlops-report-site: nothing-here: no such file or folder') && !/\n\s+at /.test(missing.stderr),
      'did not say so in one line with exit 2',
      missing
    )
    mkdirSync(join(dir, 'latin1'))
    writeFileSync(join(dir, 'latin1', 'README.md'), Buffer.from('### Question 1\n\nCaf\xe9\n', 'latin1'))
    const notUtf8 = site('latin1', '--out', 'x')
    expectThat(
      'npx mlops-report-site on a report that is not UTF-8',
      notUtf8.status === 2 && notUtf8.stderr.includes('latin1/README.md:3:4: not valid UTF-8 (byte 0xE9)') && !existsSync(join(dir, 'x')),
      'did not say where, with exit 2',
      notUtf8
    )
    for (const out of ['.', 'reports']) {
      const refused = site('reports', '--out', out)
      expectThat(
        `npx mlops-report-site --out ${out}`,
        refused.status === 2 && refused.stderr.includes(`--out ${out}: that folder holds files no earlier mlops-report-site build made`),
        'did not refuse a folder it did not make',
        refused
      )
    }
    expectThat('npx mlops-report-site', existsSync(join(dir, 'reports', 'README.md')), 'deleted the report')
    const again = site('reports', '--out', 'site/report', '--base-url', '/group-42/report/')
    expectThat('npx mlops-report-site, again into its own folder', again.status === 0, 'failed', again)
  },

  plugin() {
    const dir = folder('plugin')
    reportFolder(dir)
    const docusaurus = '3.10.2'
    const manifest = {
      name: 'a-course-site',
      private: true,
      scripts: {build: 'docusaurus build'},
      dependencies: {
        '@docusaurus/core': docusaurus,
        '@docusaurus/preset-classic': docusaurus,
        '@docusaurus/faster': docusaurus,
        'docusaurus-plugin-mlops-report': version,
        react: '^19.0.0',
        'react-dom': '^19.0.0'
      }
    }
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    writeFileSync(
      join(dir, 'docusaurus.config.js'),
      [
        'module.exports = {',
        "  title: 'Group 42', url: 'https://example.org', baseUrl: '/',",
        '  future: {v4: true, faster: true},',
        "  markdown: {format: 'detect'},",
        "  presets: [['classic', {docs: false, blog: false, pages: false, theme: {}}]],",
        "  plugins: [['docusaurus-plugin-mlops-report', {reports: 'reports', routeBasePath: '/'}]]",
        '}',
        ''
      ].join('\n')
    )
    const installed = run('npm', ['install'], dir)
    expectThat('npm install of a Docusaurus site with the plugin', installed.status === 0, 'failed', installed)
    const built = run('npm', ['run', 'build'], dir)
    expectThat('docusaurus build with the plugin', built.status === 0, 'failed', built)
    const page = readFileSync(join(dir, 'build', 'index.html'), 'utf8')
    expectThat('docusaurus build with the plugin', /<strong>Fails: <\/strong>2 words/.test(page), 'the report page shows no failing question 4', built)
  },

  'pre-commit'() {
    const hasPreCommit = spawnSync('pre-commit', ['--version'], {stdio: 'ignore'}).status === 0
    expectThat('pre-commit', hasPreCommit, 'pre-commit is not installed (apt-get install pre-commit)')
    // This repository as pre-commit clones it, tagged as the release tags it.
    const hookRepo = join(work, 'hook-repository')
    const cloned = run('git', ['clone', '--quiet', '--no-hardlinks', root, hookRepo], work)
    expectThat('pre-commit', cloned.status === 0, 'could not clone this repository', cloned)
    run('git', ['tag', `v${version}`], hookRepo)
    const dir = folder('pre-commit')
    const git = (...args) => run('git', ['-c', 'user.name=Student', '-c', 'user.email=student@example.org', ...args], dir)
    git('init', '--quiet', '-b', 'main')
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "group42"\nversion = "0.1.0"\n')
    writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: v${version}\n    hooks:\n      - id: mlops-report\n`)
    reportFolder(dir)
    const home = {PRE_COMMIT_HOME: join(work, 'pre-commit-home')}
    const installed = run('pre-commit', ['install'], dir, {env: home})
    expectThat('pre-commit install', installed.status === 0, 'failed', installed)
    git('add', '.')
    const committed = run('git', ['-c', 'user.name=Student', '-c', 'user.email=student@example.org', 'commit', '-m', 'Report'], dir, {env: home})
    expectThat(
      'a commit under the pre-commit hook',
      committed.status !== 0 && expectedFailure.test(committed.output) && /commit refused/.test(committed.output),
      'was not refused for question 4',
      committed
    )
  }
}

try {
  const registry = await startRegistry()
  say(`verdaccio on ${registry.url}`)
  const publish = run(process.execPath, [join(root, 'scripts', 'release-publish.mjs'), '--registry', registry.url], root, {
    env: {npm_config_userconfig: registry.publisherConfig}
  })
  expectThat('the publish step', publish.status === 0, 'failed', publish)
  expectThat(
    'the publish step',
    publish.stdout.includes(`${releasePackages().length} of ${releasePackages().length} packages published at ${version}`),
    'did not publish every package',
    publish
  )
  say(`published ${releasePackages().length} packages at ${version}`)
  for (const step of chosen) {
    const at = Date.now()
    // Each step a new user: empty npm cache, this registry only.
    userEnv = {
      npm_config_userconfig: registry.userConfig,
      npm_config_cache: folder(`npm-cache-${step}`),
      npm_config_registry: registry.url,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false'
    }
    await checks[step]()
    say(`ok ${step} (${((Date.now() - at) / 1000).toFixed(1)} s)`)
  }
  say(`${chosen.length} passed, 0 failed in ${((Date.now() - started) / 1000).toFixed(0)} s${values.keep ? `; kept ${work}` : ''}`)
} catch (error) {
  fail(error.stack ?? String(error))
}
cleanUp()
