/**
 * `mlops-report` as users run it: the installed bin, real files, exit codes.
 */

import {spawnSync} from 'node:child_process'
import {closeSync, mkdirSync, openSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {JsonReport} from 'mlops-report'
import {fixtureFigures, fixtureReport, words} from '../packages/core/test/fixture-report.js'
import {cliBin, runCli} from './support/cli.js'
import {pythonMarkdownVersions} from '@mlops-report/handin-markdown'
import {handinOfFile, oraclePresent} from './support/python-markdown.js'
import {graderRendererPresent} from './support/render-compare.js'
import {repoRoot, sharedDir, sharedPresent} from './support/shared.js'
import {tempDir} from './support/temp.js'

function reportDir(text: string, files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir()
  writeFileSync(join(dir, 'README.md'), text)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const passing = fixtureReport()
const passingFigures = Object.fromEntries(fixtureFigures().map((path) => [path, 'png']))
const failing = fixtureReport({answers: {4: words(86)}})

function json(args: string[], cwd?: string): {status: number | null; reports: JsonReport[]} {
  const run = runCli(['check', '--format', 'json', ...args], cwd ? {cwd} : {})
  return {status: run.status, reports: JSON.parse(run.stdout) as JsonReport[]}
}

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(text).not.toMatch(/node:internal|internal error/)
}

describe('mlops-report check', () => {
  it('exits 0 and prints the passed figure for a report that passes', () => {
    const run = runCli(['check', reportDir(passing, passingFigures)])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/README\.md: passed 31\/31 \(31-question template\)\n$/)
  })

  it('finds nothing at all in the bundled example, the first report a newcomer checks (npm run example)', () => {
    const run = runCli(['check', '--strict', 'examples/report'], {cwd: repoRoot})
    expect(run.stdout).toBe('examples/report/README.md: passed 31/31 (31-question template)\n')
    expect(run.status).toBe(0)
  })

  it('exits 1 with one line per finding: path:line:column  severity  message  rule-id', () => {
    const dir = reportDir(failing)
    const run = runCli(['check', join(dir, 'README.md')])
    expect(run.status).toBe(1)
    const line = failing.split('\n').indexOf(words(86)) + 1
    expect(run.stdout.split('\n')[0]).toBe(`${join(dir, 'README.md')}:${line}:1  error  Question 4: 86 words, expected 100–200 (14 short)  question-length`)
    expect(run.stdout).toContain('passed 30/31')
  })

  it('finds reports/README.md, then README.md, when given no path', () => {
    const project = tempDir()
    mkdirSync(join(project, 'reports'))
    writeFileSync(join(project, 'reports', 'README.md'), failing)
    writeFileSync(join(project, 'README.md'), passing)
    mkdirSync(join(project, 'figures'))
    for (const name of Object.keys(passingFigures)) writeFileSync(join(project, name), 'png')
    expect(runCli(['check'], {cwd: project}).stdout).toContain(`${join('reports', 'README.md')}:`)
    expect(runCli(['check'], {cwd: reportDir(passing, passingFigures)}).stdout).toBe('README.md: passed 31/31 (31-question template)\n')
    const none = runCli(['check'], {cwd: tempDir()})
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('no report found: neither reports/README.md nor README.md exists here')
  })

  it('reports JSON with the figures the course checker counts', () => {
    const {status, reports} = json([reportDir(failing)])
    expect(status).toBe(1)
    const [report] = reports
    expect(report).toMatchObject({generation: 31, officialError: null, passed: 30, total: 31})
    expect(report!.questions[3]).toMatchObject({number: 4, words: 86, wordRange: [100, 200], images: 0, imageRange: null, pass: false})
    expect(report!.messages[0]).toMatchObject({ruleId: 'question-length', severity: 'error', column: 1})
  })

  it('writes GitHub Actions annotations', () => {
    const dir = reportDir(failing)
    const run = runCli(['check', '--format', 'github', dir])
    expect(run.stdout).toMatch(
      /^::error file=.+README\.md,line=\d+,col=1,endLine=\d+,endColumn=\d+,title=question-length::Question 4: 86 words, expected 100–200 \(14 short\)%0A/
    )
    expect(run.status).toBe(1)
  })

  it('checks many reports in one run and says how many fail', () => {
    const run = runCli(['check', reportDir(passing, passingFigures), reportDir(failing), reportDir(failing)])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/3 reports checked: 1 pass every official constraint, 2 do not\n$/)
  })

  // Output goes straight to the descriptor; a full pipe must not lose lines, a closed one must not crash.
  it('gives a reader that is slow to start every line, and stops quietly when the reader goes away', async () => {
    const links = Array.from({length: 300}, (_, index) => `See https://example.org/page/${index} for run ${index}.`).join('\n\n')
    const noisy = Array.from({length: 12}, () => reportDir(fixtureReport({answers: {4: links}})))
    const expected = runCli(['check', ...noisy]).stdout
    // More than a pipe or socket buffer holds, so the writer meets a full one.
    expect(expected.length).toBeGreaterThan(512 * 1024)
    // A parent that hands over a non-blocking pipe (Python here) and reads only after a second: writes meet EAGAIN.
    const reader = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
cli = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(1)
with os.fdopen(r, 'rb') as pipe:
    sys.stdout.buffer.write(pipe.read())
cli.wait()
`
    const slow = spawnSync('/usr/bin/python3', ['-c', reader, cliBin, 'check', ...noisy], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}).stdout
    expect(slow).toBe(expected)
    const closed = spawnSync('sh', ['-c', `"${cliBin}" check ${noisy.map((dir) => `"${dir}"`).join(' ')} | head -n 1`], {encoding: 'utf8'})
    expect(closed.stdout.split('\n')).toHaveLength(2)
    expect(closed.stderr).toBe('')
  })

  it('finds figures beside a report at the root of a big repository', () => {
    // Thousands of other files must not hide the figures (a listing would have to stop somewhere).
    const files: Record<string, string> = {...passingFigures}
    for (let index = 0; index < 6000; index++) files[`data/raw/sample-${index}.csv`] = ''
    const run = runCli(['check', reportDir(passing, files)])
    expect(run.stdout).toBe(`${run.stdout.split(':')[0]}: passed 31/31 (31-question template)\n`)
    expect(run.status).toBe(0)
  })

  it('names an image whose file differs only in letter case', () => {
    const dir = reportDir(fixtureReport({answers: {19: '![bucket](Figures/bucket.PNG)'}}), {...passingFigures, 'figures/Bucket.png': 'png'})
    const {reports} = json([dir])
    expect(reports[0]!.messages.map((message) => message.message)).toEqual([
      'Image `Figures/bucket.PNG` does not exist; the file is named `figures/Bucket.png`'
    ])
  })

  it("lists every question's figures with --verbose", () => {
    const run = runCli(['check', '--verbose', reportDir(failing)])
    const table = run.stdout.split('\n').filter((line) => /^ {2}Q/.test(line))
    expect(table).toHaveLength(31)
    expect(table[0]).toBe('  Q 1  pass       no length or image limit')
    expect(table[3]).toBe('  Q 4  FAIL       86 words (expected 100–200)')
    expect(table[13]).toBe('  Q14  pass       203 words (expected 200–300), 1 image (expected 1–3)')
  })

  it('reads the constraints from the text with --constraints text', () => {
    const {reports} = json(['--constraints', 'text', reportDir(failing)])
    expect(reports[0]).toMatchObject({checkedAs: 'text', passed: 30})
  })
})

describe("a repository's folder means its reports/README.md, not the project's own README.md", () => {
  /** A teacher's clones: each group's repository with a project README beside its report. */
  function clones(): string {
    const groups = tempDir()
    for (const [group, answer] of [
      ['g1', words(86)],
      ['g2', words(120)]
    ] as const) {
      mkdirSync(join(groups, group, 'reports', 'figures'), {recursive: true})
      writeFileSync(join(groups, group, 'README.md'), '# Our MLOps project\n\nHow to run it.\n')
      writeFileSync(join(groups, group, 'reports', 'README.md'), fixtureReport({answers: {4: answer}}))
      for (const figure of fixtureFigures()) writeFileSync(join(groups, group, 'reports', figure), 'png')
    }
    return groups
  }

  it('in check, html and fix', () => {
    const groups = clones()
    const checked = runCli(['check', join(groups, 'g1'), join(groups, 'g2')])
    expect(checked.status).toBe(1)
    expect(checked.stdout).toContain(`${join(groups, 'g1', 'reports', 'README.md')}:`)
    expect(checked.stdout).toContain('Question 4: 86 words, expected 100–200 (14 short)')
    expect(checked.stdout).toContain(`${join(groups, 'g2', 'reports', 'README.md')}: passed 31/31`)
    expect(checked.stdout).not.toContain(`${join(groups, 'g1', 'README.md')}:`)
    const html = runCli(['html', join(groups, 'g2'), '-o', '-'])
    expect(html.stdout).toContain('The course checker passes 31 of 31 questions.')
    writeFileSync(join(groups, 'g2', 'reports', 'README.md'), fixtureReport({answers: {4: `${words(120)}\nWe used:\n- ruff`}}))
    const fixed = runCli(['fix', join(groups, 'g2')])
    expect(fixed.stdout).toContain(`${join(groups, 'g2', 'reports', 'README.md')}: 1 mend;`)
    expect(readFileSync(join(groups, 'g2', 'README.md'), 'utf8')).toBe('# Our MLOps project\n\nHow to run it.\n')
  })
})

describe('bad input gets a clear message and a non-zero exit, never a stack trace', () => {
  const check = (...paths: string[]) => runCli(['check', ...paths])

  it('a missing path', () => {
    const run = check('no/such/report.md')
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('mlops-report: no/such/report.md: no such file or folder\n')
  })

  it('a folder without README.md', () => {
    const dir = tempDir()
    const run = check(dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`mlops-report: ${dir}: folder has neither reports/README.md nor README.md\n`)
  })

  it('a binary file', () => {
    const dir = reportDir('', {'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])})
    const run = check(join(dir, 'image.png'))
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('image.png: this is a binary file, not a markdown report')
  })

  it('invalid UTF-8, named by line and column', () => {
    const dir = reportDir('')
    writeFileSync(join(dir, 'README.md'), Buffer.concat([Buffer.from('# Report\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' latin-1\n')]))
    const run = check(dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      `mlops-report: ${join(dir, 'README.md')}:3:4: not valid UTF-8 (byte 0xE9); the course checker stops on this file too. Save it as UTF-8.\n`
    )
  })

  it('CRLF, lone CR and a BOM give the same verdicts as LF', () => {
    const expected = json([reportDir(failing)]).reports[0]!
    for (const variant of [failing.replace(/\n/g, '\r\n'), failing.replace(/\n/g, '\r'), `\ufeff${failing}`]) {
      const report = json([reportDir(variant)]).reports[0]!
      expect(report.questions).toEqual(expected.questions)
      expect(report.messages.map(({line, column, message}) => ({line, column, message}))).toEqual(
        expected.messages.map(({line, column, message}) => ({line, column, message}))
      )
    }
  })

  it('an empty file: the course checker stops, and so do we, with exit 1', () => {
    const run = check(reportDir(''))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('The course checker stops: there is no `Answer:` in the file, so it checks nothing')
    expect(run.stdout).toContain('No `### Question N` headings: this does not look like a report on the course template')
    expectNoStackTrace(run.stdout + run.stderr)
  })

  it('a 50 MB file finishes within a bounded heap', () => {
    const block = `${words(150)}\n\n`
    const huge = fixtureReport({answers: {31: block.repeat(Math.ceil((50 * 1024 * 1024) / block.length))}})
    expect(huge.length).toBeGreaterThan(50 * 1024 * 1024)
    const dir = reportDir(huge)
    const run = runCli(['check', '--format', 'json', dir], {env: {...process.env, NODE_OPTIONS: '--max-old-space-size=400'}})
    expect(run.stderr).toBe('')
    const [report] = JSON.parse(run.stdout) as JsonReport[]
    expect(run.status).toBe(1)
    expect(report!.questions[30]!.words).toBeGreaterThan(5_000_000)
  })

  it('one unreadable report among several: the rest are still checked, exit 2', () => {
    const run = check(reportDir(failing), 'missing.md', reportDir(passing, passingFigures))
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('mlops-report: missing.md: no such file or folder\n')
    expect(run.stdout).toContain('2 reports checked: 1 pass every official constraint, 1 do not; 1 could not be read')
  })

  it('keeps errors in place among the findings when both go to one terminal or file', () => {
    const [first, second] = [reportDir(failing), reportDir(passing, passingFigures)]
    const log = join(tempDir(), 'log.txt')
    const fd = openSync(log, 'w')
    spawnSync(cliBin, ['check', first, 'missing.md', second], {stdio: ['ignore', fd, fd]})
    closeSync(fd)
    const lines = readFileSync(log, 'utf8').split('\n')
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line))
    expect(at(/passed 30\/31/)).toBeLessThan(at(/missing\.md: no such file/))
    expect(at(/missing\.md: no such file/)).toBeLessThan(at(/passed 31\/31/))
  })

  it('usage errors', () => {
    for (const args of [['frobnicate'], ['check', '--format', 'xml'], ['check', '--nope'], []]) {
      const run = runCli(args)
      expect(run.status).toBe(2)
      expectNoStackTrace(run.stderr)
    }
    expect(runCli(['check', '--format', 'xml']).stderr).toContain('--format must be text, json, github or sarif, not "xml"')
  })

  it('refuses an option of another command, naming it and whose it is, rather than ignoring it', () => {
    const dir = reportDir(fixtureReport())
    const refused = [
      [['check', dir, '--deadline', '2026-01-23T23:59:00+01:00'], 'check does not take --deadline (an option of course)'],
      [['check', dir, '-o', 'page.html', '--dry-run'], 'check does not take -o (an option of html, course), --dry-run (an option of fix, init)'],
      [['similar', dir, '--strict'], 'similar does not take --strict (an option of check)'],
      [['fix', dir, '--format=json'], 'fix does not take --format (an option of check, similar)'],
      [['html', dir, '--jobs', '2'], 'html does not take --jobs (an option of course)'],
      [['init', dir, '--python-markdown', '3.10'], 'init does not take --python-markdown (an option of check, html, fix, course)']
    ] as const
    for (const [args, message] of refused) {
      const run = runCli([...args])
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toBe(`mlops-report: ${message}\nRun "mlops-report --help" for usage.\n`)
    }
    // Its own options, and --help with any command, still work.
    expect(runCli(['check', dir, '--verbose', '--quiet', '--format', 'json']).status).toBe(0)
    expect(runCli(['similar', '--help']).status).toBe(0)
  })
})

describe('mlops-report html', () => {
  it('writes a standalone page with the verdicts, figures resolved from the page', () => {
    const dir = reportDir(fixtureReport({answers: {19: '![bucket](figures/bucket.png)'}}), {'figures/bucket.png': 'png'})
    const out = join(tempDir(), 'out', 'page.html')
    mkdirSync(join(out, '..'))
    const run = runCli(['html', dir, '-o', out])
    expect(run.status).toBe(0)
    const page = readFileSync(out, 'utf8')
    expect(page).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/)
    expect(page).toContain('<title>Course report for a fictional group</title>')
    expect(page).toContain('The course checker passes 31 of 31 questions.')
    expect(page).toContain('<div class="verdict pass" data-question="4"><strong>Passes: </strong>101 words (expected 100–200)</div>')
    expect(page).toContain(`src="../../${dir.split('/').at(-1)}/figures/bucket.png"`)
    expect(page).not.toContain('<p>Operations</p>')
  })

  it('takes a figure written from the repository root (/reports/figures/…) from there, as GitHub shows it', () => {
    const clone = tempDir()
    mkdirSync(join(clone, '.git'))
    mkdirSync(join(clone, 'reports', 'figures'), {recursive: true})
    writeFileSync(join(clone, 'reports', 'README.md'), fixtureReport({answers: {19: '![bucket](/reports/figures/bucket.png)'}}))
    writeFileSync(join(clone, 'reports', 'figures', 'bucket.png'), 'png')
    const run = runCli(['html', join(clone, 'reports'), '-o', join(clone, 'page.html')])
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(join(clone, 'page.html'), 'utf8')).toContain('src="reports/figures/bucket.png"')
  })

  it('says so, without a stack trace, when the page cannot be written', () => {
    const out = join(tempDir(), 'no-such-folder', 'page.html')
    const run = runCli(['html', reportDir(passing), '-o', out])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${out}: cannot write (ENOENT); the file is unchanged`)
    expectNoStackTrace(run.stderr)
  })

  it('defuses hostile HTML in an answer', () => {
    const hostile = '<script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="https://e.org"></iframe>'
    const run = runCli(['html', reportDir(fixtureReport({answers: {4: `${words(100)}\n\n${hostile}`}})), '-o', '-'])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(/<script|onerror|javascript:|<iframe/i)
  })

  it.skipIf(!graderRendererPresent())('writes with --handin exactly what report.py html writes, under 3.7 unless told otherwise', () => {
    const dir = reportDir(
      fixtureReport({
        answers: {4: `${words(60)}\nWe used:\n- ruff\n- mypy\n\n\`\`\`bash\npip install .\n\`\`\`\n\nSee https://example.org <b>now</b> & then ** a**`}
      })
    )
    const run = runCli(['html', dir, '--handin'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(`mlops-report: wrote ${join(dir, 'handin.html')}\n`)
    const page = readFileSync(join(dir, 'handin.html'), 'utf8')
    expect(page).toContain('We used:\n- ruff\n- mypy</p>')
    if (oraclePresent('3.7')) expect(page).toBe(handinOfFile(join(dir, 'README.md'), '3.7'))
    // The seed report and this one, under each release: what that release's report.py html writes.
    const seed = join(sharedDir, 'seed', 'README.md')
    for (const version of pythonMarkdownVersions) {
      if (!oraclePresent(version)) continue
      for (const report of sharedPresent ? [join(dir, 'README.md'), seed] : [join(dir, 'README.md')]) {
        const out = join(tempDir(), 'handin.html')
        const written = runCli(['html', report, '--handin', '--python-markdown', version, '-o', out])
        expect(written.status, written.stderr).toBe(0)
        expect(readFileSync(out, 'utf8'), `${version}: ${report}`).toBe(handinOfFile(report, version))
      }
    }
  })

  it("says so where the graders' page would never be made, naming the release", () => {
    const dir = reportDir(fixtureReport({answers: {4: `${words(100)}\n\n<!-- a note -- >\n\nmore`}}))
    const run = runCli(['html', dir, '--handin', '--python-markdown', '3.4-debian', '-o', '-'])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/report\.py html makes no page of this report\. Debian's Python-Markdown 3\.4\.1 never finishes .*Close the comment with "-->"/)
    expectNoStackTrace(run.stderr)
    // 3.7, the graders', makes a page of it.
    expect(runCli(['html', dir, '--handin', '-o', '-']).stdout).toContain('<!-- a note -->')
  })

  it('refuses an unknown Python-Markdown release, naming the ones there are', () => {
    const run = runCli(['check', reportDir(fixtureReport()), '--python-markdown', '3.8'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`mlops-report: --python-markdown must be '3.7' (the default), '3.10' or '3.4-debian', not "3.8"`)
    expectNoStackTrace(run.stderr)
  })

  it('judges a comment closed with "-- >" under the release it is given: an error only where the hand-in is never made', () => {
    const dir = reportDir(fixtureReport({answers: {4: `${words(100)} <!-- to do -- > more`}}))
    const byDefault = runCli(['check', dir])
    expect(byDefault.status).toBe(0)
    expect(byDefault.stdout).toMatch(/warning {2}Comment closed with `-- >`: under Python-Markdown 3\.7 the hand-in ends and hides the comment there/)
    const debian = runCli(['check', dir, '--python-markdown', '3.4-debian', '--format', 'json'])
    expect(debian.status).toBe(1)
    const [json] = JSON.parse(debian.stdout) as JsonReport[]
    expect(json!.pythonMarkdown).toBe('3.4-debian')
    expect(json!.messages.map((message) => message.ruleId)).toContain('handin-hangs')
  })

  it('fails cleanly on a missing report', () => {
    const run = runCli(['html', 'nowhere'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('mlops-report: nowhere: no such file or folder\n')
  })
})
