/**
 * The course scraper's figures, as `course` takes them from each repository
 * at the deadline, held against git's own answers and the course's own
 * scraper code run on them (its RepoStats model, its tree rules, its activity
 * matrix, markdown2). The repositories are real and made here: several
 * authors and a `.mailmap`, a pull request merged with a merge commit, a
 * squash merge, Dockerfiles in folders, DVC, workflows, a symbolic link, a
 * submodule, a commit after the deadline; one served blobless with dates in
 * 1970 and the future, a nonsense `.mailmap` and no README; one whose remote
 * has lost a blob.
 */

import {randomBytes} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {CourseRow as Row} from 'mlops-report'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport} from '../packages/core/test/fixture-report.js'
import {runCli} from './support/cli.js'
import {askScraper, scraperPresent} from './support/course-scraper.js'
import {git, png} from './support/git-repo.js'
import {tempDir} from './support/temp.js'

const deadline = '2026-01-23T23:59:00+01:00'

interface Author {
  name: string
  email: string
}
const alice: Author = {name: 'Alice', email: 'alice@Example.org'}
const bobBefore: Author = {name: 'Bob', email: 'bob@old.example'}
const bob: Author = {name: 'Bob', email: 'bob@new.example'}
const carol: Author = {name: 'Carol', email: 'CAROL@example.org'}
const carolLower: Author = {name: 'carol', email: 'carol@example.org'}

function put(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
}

/** Commits all of the work tree as `author`, authored and committed at the given times (the committer's defaults to the author's). */
function commitAs(dir: string, author: Author, message: string, authored: string, committed = authored, extra: string[] = []): string {
  git(dir, ['add', '-A'])
  git(dir, ['commit', '--quiet', '--allow-empty', '--cleanup=verbatim', '-m', message, ...extra], {
    env: {GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: authored, GIT_COMMITTER_DATE: committed}
  })
  return git(dir, ['rev-parse', 'HEAD']).trim()
}

function withReport(dir: string): void {
  put(dir, {'reports/README.md': fixtureReport()})
  for (const figure of fixtureFigures()) put(dir, {[join('reports', figure)]: png})
}

/** A work repository and the bare one it is pushed to, served as file://, blobless when `partial`. */
function repository(root: string, name: string, {partial = false} = {}): {work: string; bare: string; url: string; push: () => void} {
  const work = join(root, 'work', name)
  const bare = join(root, 'served', `${name}.git`)
  mkdirSync(work, {recursive: true})
  git(work, ['init', '--quiet', '--initial-branch', 'main'])
  git(root, ['init', '--quiet', '--bare', '--initial-branch', 'main', bare])
  // A remote that serves filters, as GitHub does, gives a blobless mirror that fetches blobs as they are read.
  if (partial) git(bare, ['config', 'uploadpack.allowFilter', 'true'])
  git(work, ['remote', 'add', 'origin', bare])
  return {work, bare, url: `file://${bare}`, push: () => git(work, ['push', '--quiet', 'origin', 'main'])}
}

const toApiTime = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe.skipIf(!scraperPresent)("course: the scraper's figures at the deadline", () => {
  const root = tempDir('mlops-report-course-figures-', {forFile: true})
  const out = join(root, 'course')
  const judged: Record<string, string> = {}
  const works: Record<string, string> = {}
  const mirrors = join(out, '.cache')
  let run: ReturnType<typeof runCli>
  let rows: Row[] = []
  const row = (group: string) => rows.find((entry) => entry.group === group)!
  const readme = [
    '# Flower classifier',
    '',
    'A small **image classifier** for flowers, trained with [PyTorch](https://pytorch.org) and served with an API.',
    '',
    '## Running it',
    '',
    '1. Install the `requirements.txt` with pip.',
    '2. Pull the data with `dvc pull`.',
    '3. Train: `python src/pkg/train.py --epochs 3`.',
    '',
    '```bash',
    'docker build -f docker/api.dockerfile . -t api',
    'docker run -p 8000:8000 api',
    '```',
    '',
    '| Stage | Tool |',
    '| --- | --- |',
    '| data | DVC |',
    '| serving | FastAPI |',
    '',
    '<img src="reports/figures/overview.png" width="300" alt="The pipeline">',
    '',
    '> The project was made for a course on machine learning operations; see the report for what each of us did.',
    ''
  ].join('\n')

  beforeAll(() => {
    // Group 1: a project as groups make them.
    const one = repository(root, 'one')
    works.one = one.work
    withReport(one.work)
    put(one.work, {
      'README.md': readme,
      'docker/api.dockerfile': 'FROM python:3.11-slim\n',
      'docker/Dockerfile.train': 'FROM python:3.11\n',
      'src/pkg/__init__.py': '',
      'src/pkg/train.py': 'print("train")\n',
      'requirements.txt': 'torch\n',
      'requirements_dev.txt': 'pytest\n',
      'data.dvc': 'outs:\n- path: data\n',
      '.dvc/config': '[core]\n    remote = storage\n',
      '.github/workflows/tests.yml': 'on: push\n',
      '.github/workflows/lint.yaml': 'on: push\n',
      '.github/workflows/notes.md': 'not a workflow\n',
      'configs/cloudbuild.yaml': 'steps: []\n',
      'assets/weights.bin': randomBytes(300_000),
      '.mailmap': `${bob.name} <${bob.email}> <${bobBefore.email}>\n`
    })
    symlinkSync('src/pkg/train.py', join(one.work, 'train-link'))
    commitAs(one.work, alice, 'Start the project\n\nWith the template layout.', '2026-01-05T09:15:00+01:00')
    // A submodule, as a tree lists it: an entry of type commit.
    const library = join(one.work, 'vendor', 'lib')
    mkdirSync(library, {recursive: true})
    git(library, ['init', '--quiet'])
    commitAs(library, alice, 'A library', '2026-01-05T09:50:00+01:00')
    commitAs(one.work, alice, 'Add a submodule', '2026-01-05T10:00:00+01:00')
    git(one.work, ['checkout', '--quiet', '-b', 'feature'])
    put(one.work, {'src/pkg/model.py': 'class Model: ...\n'})
    commitAs(one.work, bobBefore, 'Add the model', '2026-01-07T22:30:00+01:00')
    put(one.work, {'src/pkg/model.py': 'class Model:\n    pass\n'})
    commitAs(one.work, bobBefore, 'Tilføj træning ✓ 🌻\n\n  \n', '2026-01-08T01:10:00+01:00')
    git(one.work, ['checkout', '--quiet', 'main'])
    put(one.work, {'src/pkg/data.py': 'DATA = 1\n'})
    commitAs(one.work, alice, 'Load the data', '2026-01-08T10:00:00+01:00')
    git(one.work, ['merge', '--quiet', '--no-ff', 'feature', '-m', 'Merge pull request #3 from bob/feature\n\nThe model'], {
      env: {
        GIT_AUTHOR_NAME: bob.name,
        GIT_AUTHOR_EMAIL: bob.email,
        GIT_AUTHOR_DATE: '2026-01-09T12:00:00+01:00',
        GIT_COMMITTER_DATE: '2026-01-09T12:00:00+01:00'
      }
    })
    put(one.work, {'src/pkg/evaluate.py': 'def evaluate(): ...\n'})
    commitAs(one.work, carol, 'Add evaluation (#5)', '2026-01-11T18:45:00+01:00', '2026-01-12T08:05:00+01:00')
    put(one.work, {'docs/notes.md': 'Notes.\n'})
    judged.one = commitAs(one.work, carolLower, 'Update the notes', '2026-01-20T16:30:00+01:00')
    put(one.work, {'src/pkg/late.py': 'LATE = 1\n'})
    commitAs(one.work, alice, 'Too late (#9)', '2026-01-25T12:00:00+01:00')
    one.push()

    // Group 2, served blobless: dates in 1970 and far ahead, a nonsense .mailmap, no README, a file only history holds.
    const two = repository(root, 'two', {partial: true})
    works.two = two.work
    withReport(two.work)
    put(two.work, {'old/only-in-history.bin': randomBytes(50_000), '.mailmap': Buffer.from([0xff, 0xfe, 0x3c, 0x3c, 0x0a, 0x3e, 0x20, 0x3c, 0x0a])})
    commitAs(two.work, alice, 'From the epoch', '@86400 +0000')
    rmSync(join(two.work, 'old'), {recursive: true})
    commitAs(two.work, bob, 'From the future', '@10413792000 +0000', '2026-01-10T09:00:00+00:00')
    judged.two = commitAs(two.work, bob, 'Report', '2026-01-15T09:00:00+00:00')
    two.push()

    // Group 3: its remote has lost one blob.
    const three = repository(root, 'three', {partial: true})
    works.three = three.work
    withReport(three.work)
    put(three.work, {'README.md': '# Three\n', 'data/lost.csv': 'a,b\n1,2\n'})
    judged.three = commitAs(three.work, alice, 'Everything', '2026-01-15T09:00:00+00:00')
    three.push()
    const lost = git(three.work, ['rev-parse', 'HEAD:data/lost.csv']).trim()
    rmSync(join(three.bare, 'objects', lost.slice(0, 2), lost.slice(2)))

    const csv = [
      'group_number,student_1,student_2,student_3,student_4,student_5,repo_url',
      `1,s1,s2,s3,,,${one.url}`,
      `2,s4,,,,,${two.url}`,
      `3,s5,s6,,,,${three.url}`
    ]
    writeFileSync(join(root, 'group_info.csv'), `${csv.join('\n')}\n`)
    run = runCli(['course', 'group_info.csv', '--out', 'course', '--deadline', deadline], {cwd: root})
    rows = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Row[]
  }, 120_000)

  it('judges every group, the figures beside the report', () => {
    expect(run.stderr).toContain('3 of 3 groups judged')
    expect(run.status).toBe(0)
    expect(rows.map((entry) => entry.commit)).toEqual([judged.one, judged.two, judged.three])
    expect(rows.map((entry) => [entry.group_number, entry.group_size])).toEqual([
      [1, 3],
      [2, 1],
      [3, 2]
    ])
  })

  it('counts the commits reachable from the judged commit once each, and its contributors after the .mailmap', () => {
    const figures = row('group_1')
    expect(figures.num_commits_to_main).toBe(Number(git(works.one!, ['rev-list', '--count', judged.one!]).trim()))
    expect(figures.total_commits).toBe(figures.num_commits_to_main)
    const emails = git(works.one!, ['log', '--format=%aE', judged.one!]).trim().split('\n')
    expect(emails).toContain(bob.email)
    expect(emails).not.toContain(bobBefore.email)
    const counts = new Map<string, number>()
    for (const email of emails) counts.set(email.toLowerCase(), (counts.get(email.toLowerCase()) ?? 0) + 1)
    expect(figures.num_contributors).toBe(counts.size)
    expect(figures.contributions_per_contributor).toEqual([...counts.values()].sort((a, b) => b - a))
    expect(figures.contributions_per_contributor!.reduce((sum, count) => sum + count, 0)).toBe(figures.total_commits)
  })

  it('counts the pull requests git records as merged by then: a merge commit and a squash merge, not one merged after', () => {
    expect(row('group_1').num_prs).toBe(2)
  })

  it("gives the judged commit's author date as the API does, and the messages' mean length as Python counts it", () => {
    const figures = row('group_1')
    expect(figures.latest_commit).toBe(toApiTime(git(works.one!, ['log', '-1', '--format=%aI', judged.one!]).trim()))
    const messages = git(works.one!, ['log', '-z', '--format=%B', judged.one!]).split('\0').filter(Boolean)
    const mean = messages.reduce((sum, message) => sum + [...message.trimEnd()].length, 0) / messages.length
    expect(figures.average_commit_length_to_main).toBeCloseTo(mean, 10)
    expect(figures.average_commit_length).toBe(figures.average_commit_length_to_main)
  })

  it("makes the activity matrix with the scraper's own function over git's committer times", () => {
    for (const group of ['one', 'two'] as const) {
      const times = git(works[group]!, ['log', '--format=%cI', judged[group]!]).trim().split('\n').map(toApiTime)
      expect(row(`group_${group === 'one' ? 1 : 2}`).activity_matrix).toEqual(askScraper({committer_dates: times}).activity_matrix)
    }
    expect(row('group_1').activity_matrix!.length).toBeGreaterThanOrEqual(8)
  })

  it("counts the tree by the scraper's own rules over the tree git lists, folders, links and submodules included", () => {
    const listing = git(works.one!, ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', judged.one!])
    const tree = listing
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const [meta, path] = record.split('\t') as [string, string]
        const [, type, , size] = meta.split(/\s+/)
        return size === '-' ? {path, type: type!} : {path, type: type!, size: Number(size)}
      })
    expect(tree.some((entry) => entry.type === 'commit')).toBe(true)
    const expected = askScraper({tree}).tree!
    const figures = row('group_1')
    for (const [name, value] of Object.entries(expected)) expect([name, figures[name as keyof Row]]).toEqual([name, value])
    expect(figures).toMatchObject({num_docker_files: 2, num_workflow_files: 2, has_requirements_file: true, has_cloudbuild: true, using_dvc: true})
  })

  it("counts the root README's words within 3 per cent of markdown2, as the scraper does; a repository without one has 0", () => {
    const words = askScraper({readme}).readme_length!
    expect(Math.abs(row('group_1').readme_length! - words) / words).toBeLessThanOrEqual(0.03)
    expect(row('group_2').readme_length).toBe(0)
  })

  it('takes dates in 1970 and the future, and a nonsense .mailmap, in its stride', () => {
    const figures = row('group_2')
    expect(figures.latest_commit).toBe('2026-01-15T09:00:00Z')
    expect(figures.num_commits_to_main).toBe(3)
    expect(figures.num_contributors).toBe(2)
    // The scraper's window starts at the first commit: three weeks from 1970 hold none of the others.
    expect(figures.activity_matrix).toHaveLength(22)
    expect(figures.activity_matrix!.flat().reduce((sum, count) => sum + count, 0)).toBe(1)
    expect(figures.figures_note).toBeNull()
  })

  it('fetches from a blobless remote the blobs of the judged tree only, in one go', () => {
    const missing = git(join(mirrors, 'group_2.git'), ['rev-list', '--objects', '--all', '--missing=print'])
      .split('\n')
      .filter((line) => line.startsWith('?'))
      .map((line) => line.slice(1))
    const historyOnly = git(works.two!, ['rev-parse', `${judged.two}~2:old/only-in-history.bin`]).trim()
    expect(missing).toEqual([historyOnly])
    expect(row('group_2').repo_size).toBeGreaterThan(0)
  })

  it('records the other figures when the remote cannot serve a blob, and says why repo_size is not known', () => {
    const figures = row('group_3')
    expect(figures.repo_size).toBeNull()
    expect(figures.figures_note).toMatch(/^repo_size unknown: the remote could not serve 1 of the \d+ files/)
    expect(figures).toMatchObject({num_commits_to_main: 1, num_contributors: 1, readme_length: 1, passed: 31})
  })

  it("writes repo_stats.json, which the course's own RepoStats model accepts as it is", () => {
    const records = JSON.parse(readFileSync(join(out, 'repo_stats.json'), 'utf8')) as Array<Record<string, unknown>>
    expect(records).toHaveLength(3)
    expect(askScraper({repo_stats: records}).repo_stats).toEqual(records)
    expect(records[0]).toMatchObject({group_number: 1, group_size: 3, num_warnings: row('group_1').warnings, actions_passing: null})
  })

  it('puts the figures in summary.csv, the activity matrix left to the JSON', () => {
    const [header, first] = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')
    const columns = header!.split(',')
    expect(columns).toEqual(expect.arrayContaining(['group_size', 'num_contributors', 'num_prs', 'repo_size', 'readme_length', 'figures_note']))
    expect(columns).not.toContain('activity_matrix')
    const cells = first!.split(',')
    expect(cells[columns.indexOf('contributions_per_contributor')]).toBe(row('group_1').contributions_per_contributor!.join(' '))
    expect(readdirSync(out)).toContain('repo_stats.json')
  })
})

describe.skipIf(!scraperPresent)('course: blob sizes kept in the mirror for the next run', () => {
  const root = tempDir('mlops-report-course-sizes-', {forFile: true})
  const kept = (group: string) => join(root, 'course', '.cache', `${group}.git`, 'mlops-report-blob-sizes')
  const judge = () => {
    const run = runCli(['course', 'group_info.csv', '--out', 'course', '--deadline', deadline], {cwd: root})
    expect(run.status, run.stderr).toBe(0)
    return JSON.parse(readFileSync(join(root, 'course', 'summary.json'), 'utf8')) as Row[]
  }
  let first: Row[]
  let commit: string
  // What git says of the lost blob varies from one fetch to the next; the figures do not.
  const same = (rows: Row[]) => rows.map((row) => ({...row, figures_note: row.figures_note?.replace(/ \(.*\)$/, '') ?? null}))

  beforeAll(() => {
    const one = repository(root, 'one', {partial: true})
    withReport(one.work)
    put(one.work, {'README.md': '# One\n', 'assets/weights.bin': randomBytes(600_000)})
    commit = commitAs(one.work, alice, 'Everything', '2026-01-15T09:00:00+00:00')
    one.push()
    const lost = repository(root, 'lost', {partial: true})
    withReport(lost.work)
    put(lost.work, {'data/lost.csv': 'a,b\n'})
    commitAs(lost.work, alice, 'Everything', '2026-01-15T09:00:00+00:00')
    lost.push()
    const sha = git(lost.work, ['rev-parse', 'HEAD:data/lost.csv']).trim()
    rmSync(join(lost.bare, 'objects', sha.slice(0, 2), sha.slice(2)))
    writeFileSync(join(root, 'group_info.csv'), `group_number,student_1,repo_url\n1,s1,${one.url}\n2,s2,${lost.url}\n`)
    first = judge()
  }, 120_000)

  it('keeps the sizes of a tree whose blobs all arrived, and a second run judges the same from them', () => {
    expect(readFileSync(kept('group_1'), 'utf8').split('\n').slice(0, 2)).toEqual(['mlops-report blob sizes 1', commit])
    // A remote that lost a blob is asked again next time.
    expect(() => readFileSync(kept('group_2'))).toThrow()
    expect(same(judge())).toEqual(same(first))
    expect(first[1]!.figures_note).toMatch(/^repo_size unknown: the remote could not serve 1 of/)
  })

  it('reads what it kept, and a damaged file or one of another commit as nothing kept', () => {
    const text = readFileSync(kept('group_1'), 'utf8')
    const doubled = text.replace(/^([0-9a-f]{40}) (\d+)$/gm, (_, sha: string, size: string) => `${sha} ${Number(size) * 2}`)
    writeFileSync(kept('group_1'), doubled)
    expect(judge()[0]!.repo_size).toBeCloseTo(first[0]!.repo_size! * 2, 2)
    writeFileSync(kept('group_1'), doubled.replace(commit, '0'.repeat(40)))
    expect(same(judge())).toEqual(same(first))
    writeFileSync(kept('group_1'), `${text.slice(0, -30)}\n`)
    expect(same(judge())).toEqual(same(first))
  })
})
