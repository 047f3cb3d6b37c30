import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {normalizePluginOptions} from '@docusaurus/utils-validation'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtureFigures, fixtureReport, words} from '../../core/test/fixture-report.js'
import {everyNthChanged, ORIGINAL, UNRELATED_SAME_TOOLS} from '../../core/test/shared-passage-fixtures.js'
import {distinctNames, loadContent} from '../src/load-content.js'
import {DEFAULT_OPTIONS, type Options, type PluginOptions, validateOptions} from '../src/options.js'

const validate = (options: Options) => validateOptions({validate: normalizePluginOptions as never, options}) as PluginOptions

const site = mkdtempSync(join(tmpdir(), 'mlops-report-plugin-'))
afterAll(() => rmSync(site, {recursive: true, force: true}))

function report(folder: string, answers: Record<number, string> = {}): void {
  mkdirSync(join(site, folder, 'figures'), {recursive: true})
  writeFileSync(join(site, folder, 'README.md'), fixtureReport({answers}))
  for (const figure of fixtureFigures()) writeFileSync(join(site, folder, figure), 'png')
}

describe('options', () => {
  it('fill in the defaults and take one path or many', () => {
    expect(validate({reports: '../reports'})).toEqual({...DEFAULT_OPTIONS, reports: ['../reports']})
    expect(validate({reports: ['a', 'b/*'], routeBasePath: 'course', generation: 27, titles: {a: 'Group A'}})).toMatchObject({
      reports: ['a', 'b/*'],
      routeBasePath: '/course',
      generation: 27,
      titles: {a: 'Group A'}
    })
  })

  it('fail with a message that names the option', () => {
    expect(() => validate({} as Options)).toThrow(/"reports" is required/)
    expect(() => validate({reports: []})).toThrow(/"reports"/)
    expect(() => validate({reports: 'r', constraints: 'loose' as never})).toThrow(/"constraints" must be one of \[official, text\]/)
    expect(() => validate({reports: 'r', generation: 30 as never})).toThrow(/"generation" must be one of \[31, 27, null\]/)
    expect(() => validate({reports: 'r', colour: 'red'} as never)).toThrow(/"colour" is not allowed/)
    expect(() => validate({reports: 'r', pythonMarkdown: '3.8' as never})).toThrow(/"pythonMarkdown" must be one of \[3\.7, 3\.10, 3\.4-debian\]/)
  })
})

describe('loadContent', () => {
  report('groups/alpha/reports')
  report('groups/beta/reports', {4: words(86), 5: `${words(120)}\n\n![leak](figures/leak.png) ![up](../../secret.png) ![abs](/etc/x.png)`})
  writeFileSync(join(site, 'groups', 'secret.png'), 'secret')
  writeFileSync(join(site, 'secret.png'), 'secret')
  symlinkSync(join(site, 'groups', 'secret.png'), join(site, 'groups', 'beta', 'reports', 'figures', 'leak.png'))

  it('reads every report a glob matches, with short distinct addresses and an index', async () => {
    const content = await loadContent(site, '/course/', validate({reports: 'groups/*/reports', routeBasePath: 'all'}))
    expect(content.index).toEqual({title: 'Reports', permalink: '/course/all'})
    expect(content.reports.map((loaded) => [loaded.data.permalink, loaded.data.source, loaded.data.title, loaded.data.passed])).toEqual([
      ['/course/all/alpha', 'groups/alpha/reports/README.md', 'alpha', 31],
      ['/course/all/beta', 'groups/beta/reports/README.md', 'beta', 30]
    ])
    expect(content.reports[1]!.data).toMatchObject({failing: [4], errors: 1, indexPermalink: '/course/all'})
  })

  it('lists the reports by title as people sort names: group_2 before group_10, whatever the case', async () => {
    for (const name of ['group_10', 'group_2', 'Group_1', 'group_2b']) report(`natural/${name}/reports`)
    const content = await loadContent(site, '/', validate({reports: 'natural/*/reports'}))
    expect(content.reports.map((loaded) => loaded.data.title)).toEqual(['Group_1', 'group_2', 'group_2b', 'group_10'])
  })

  it('publishes only figures inside the report’s folder, and says why the others are missing', async () => {
    const content = await loadContent(site, '/', validate({reports: 'groups/beta/reports'}))
    const [beta] = content.reports
    expect(content.index).toBeNull()
    expect(beta!.data.permalink).toBe('/reports')
    expect(beta!.figures.every((figure) => figure.startsWith(join(site, 'groups', 'beta', 'reports')))).toBe(true)
    expect(beta!.figures).toHaveLength(fixtureFigures().length)
    expect(beta!.data.html).not.toMatch(/src="[^"]*(secret|etc\/x|leak)/)
    expect(beta!.data.html.match(/class="missing-figure"/g)).toHaveLength(3)
    expect(beta!.data.html).toContain('Image <code>figures/leak.png</code> is a link to a file outside the report')
    expect(beta!.data.html).toContain('Image <code>../../secret.png</code> lies outside the report')
    expect(beta!.data.figureProblems).toBe(3)
  })

  it('judges the hand-in under the Python-Markdown release of the options, 3.7 by default', async () => {
    report('comment/reports', {4: `${words(120)} <!-- draft -- > more`})
    const errors = async (options: Partial<Options>) =>
      (await loadContent(site, '/', validate({reports: 'comment/reports', ...options}))).reports[0]!.data.errors
    expect(validate({reports: 'r'}).pythonMarkdown).toBe('3.7')
    expect(await errors({})).toBe(0)
    expect(await errors({pythonMarkdown: '3.10'})).toBe(0)
    // Debian's never finishes on it: no hand-in at all.
    expect(await errors({pythonMarkdown: '3.4-debian'})).toBe(1)
  })

  it("takes a repository clone's reports/README.md, not the project's README.md", async () => {
    for (const group of ['one', 'two']) {
      report(`clones/${group}/reports`)
      writeFileSync(join(site, 'clones', group, 'README.md'), '# The project\n')
    }
    const content = await loadContent(site, '/', validate({reports: 'clones/*'}))
    expect(content.reports.map((loaded) => loaded.data.source)).toEqual(['clones/one/reports/README.md', 'clones/two/reports/README.md'])
  })

  it('carries the commit a course run judged a report at, from its course-commit.json beside reports/', async () => {
    report('judged/g1/reports')
    report('judged/g2/reports')
    const commit = {repo: 'https://github.com/o/r', commit: 'a'.repeat(40), committed: '2026-01-20T12:00:00+01:00', deadline: '2026-01-23T22:59:00.000Z'}
    writeFileSync(join(site, 'judged', 'g1', 'course-commit.json'), JSON.stringify(commit))
    writeFileSync(join(site, 'judged', 'g2', 'course-commit.json'), '{"commit": "not a sha"}')
    const content = await loadContent(site, '/', validate({reports: 'judged/*/reports'}))
    expect(content.reports.map((loaded) => loaded.data.commit)).toEqual([commit, null])
  })

  it('publishes only course reports: what a glob matches besides them is skipped with the reason, a path to one stops the build', async () => {
    report('mixed/g1/reports')
    writeFileSync(join(site, 'mixed', 'grades.csv'), 'g1,12')
    mkdirSync(join(site, 'mixed', 'notes'))
    mkdirSync(join(site, 'mixed', 'project'))
    writeFileSync(join(site, 'mixed', 'project', 'README.md'), '# Only a project\n')
    const content = await loadContent(site, '/', validate({reports: 'mixed/*'}))
    expect(content.reports.map((loaded) => loaded.data.source)).toEqual(['mixed/g1/reports/README.md'])
    expect(content.skipped).toEqual([
      {source: 'mixed/grades.csv', reason: 'not a markdown file'},
      {source: 'mixed/notes', reason: 'a folder with no reports/README.md or README.md'},
      {source: 'mixed/project/README.md', reason: 'a markdown file without a "### Question" heading: no course report'}
    ])
    await expect(loadContent(site, '/', validate({reports: 'mixed/grades.csv'}))).rejects.toThrow(
      'reports: mixed/grades.csv: not a markdown file; only course reports are published'
    )
    await expect(loadContent(site, '/', validate({reports: 'mixed/project'}))).rejects.toThrow('no course report')
    await expect(loadContent(site, '/', validate({reports: 'mixed/n*'}))).rejects.toThrow(
      /no course report among what mixed\/n\* names \(mixed\/notes: a folder/
    )
  })

  it('publishes a figure written from the repository root (/reports/figures/…), as GitHub shows it, when it lies in the report’s folder', async () => {
    report('clone/reports', {19: `${words(120)}\n\n![root](/reports/figures/q20-0.png) ![out](/README.md)`})
    mkdirSync(join(site, 'clone', '.git'))
    writeFileSync(join(site, 'clone', 'README.md'), '# the project')
    const [loaded] = (await loadContent(site, '/', validate({reports: 'clone/reports'}))).reports
    expect(loaded!.figures).toContain(join(site, 'clone', 'reports', 'figures', 'q20-0.png'))
    expect(loaded!.figures).not.toContain(join(site, 'clone', 'README.md'))
    expect(loaded!.data.html).toContain('class="missing-figure"')
  })

  it('reads its globs as every mlops-report command does: braces, ** and negations; a glob that matches nothing is a warning while reports are left', async () => {
    report('spaced/group 1/reports')
    report('spaced/group 2/reports')
    report('spaced/group 3/reports')
    const warnings: string[] = []
    const content = await loadContent(
      site,
      '/',
      validate({reports: ['spaced/**/reports', '!spaced/group 2', 'spaced/group {1,3}/reports', 'nothing/*']}),
      (message) => warnings.push(message)
    )
    expect(content.reports.map((loaded) => loaded.data.source)).toEqual(['spaced/group 1/reports/README.md', 'spaced/group 3/reports/README.md'])
    expect(warnings).toEqual([`reports: 'nothing/*' matches nothing (relative to ${site}); left out`])
  })

  it('fails with the reason on a path that names no report', async () => {
    await expect(loadContent(site, '/', validate({reports: 'nowhere'}))).rejects.toThrow(/reports: .*nowhere: no such file or folder/)
    await expect(loadContent(site, '/', validate({reports: 'nothing/*'}))).rejects.toThrow(/reports: 'nothing\/\*' matches nothing/)
  })
})

describe('a course: question pages and shared passages', () => {
  report('course/g1/reports', {10: ORIGINAL, 12: UNRELATED_SAME_TOOLS, 4: words(86)})
  report('course/g2/reports', {10: everyNthChanged(ORIGINAL, 6), 11: `${words(60, 'first')}\n\nWe used:\n- ruff\n- mypy\n\n![plot](figures/q20-0.png)`})
  report('course/g10/reports', {12: everyNthChanged(UNRELATED_SAME_TOOLS, 9), 13: '--- question 13 fill here ---'})
  mkdirSync(join(site, 'earlier', '2025-g3'), {recursive: true})
  writeFileSync(join(site, 'earlier', '2025-g3', 'README.md'), fixtureReport({answers: {10: ORIGINAL, 12: UNRELATED_SAME_TOOLS}}))
  writeFileSync(join(site, 'earlier', 'notes.md'), '# Notes\n\nNo questions here.\n')

  it('gives each question a page with every group, in the index order, with figures and verdicts', async () => {
    const content = await loadContent(site, '/', validate({reports: 'course/*/reports', routeBasePath: 'c'}))
    expect(content.questions.map((question) => question.data.permalink)).toEqual(Array.from({length: 31}, (_, at) => `/c/questions/${at + 1}`))
    const q4 = content.questions[3]!.data
    expect(q4).toMatchObject({
      number: 4,
      heading: 'Question 4',
      previous: {number: 3, permalink: '/c/questions/3'},
      next: {number: 5},
      handinVersion: 'Python-Markdown 3.7'
    })
    expect(q4.prompt).not.toBe('')
    expect(q4.answers.map((answer) => [answer.report, answer.permalink, answer.pass, answer.words, answer.wordRange])).toEqual([
      ['g1', '/c/g1#question-4', false, 86, '100–200'],
      ['g2', '/c/g2#question-4', true, 101, '100–200'],
      ['g10', '/c/g10#question-4', true, 101, '100–200']
    ])
    expect(content.questions[0]!.data.previous).toBeNull()
    expect(content.questions[30]!.data.next).toBeNull()
    const q13 = content.questions[12]!.data.answers.find((answer) => answer.report === 'g10')!
    expect(q13).toMatchObject({unanswered: true, pass: false})
    // A figure of an answer is the page's own figure, published from the report's folder.
    const q11 = content.questions[10]!
    const g2 = q11.data.answers.find((answer) => answer.report === 'g2')!
    expect(g2.github).toContain('src="mlops-report-figure:0"')
    expect(g2.handin).toContain('src="mlops-report-figure:0"')
    // Where the core finds the hand-in renders an answer as GitHub does, one rendering serves.
    expect(q11.data.answers.find((answer) => answer.report === 'g1')!.handin).toBeNull()
    expect(q11.figures).toEqual([join(site, 'course', 'g2', 'reports', 'figures', 'q20-0.png')])
    // Each report page links its questions' pages.
    expect(content.reports[0]!.data.html).toContain('<a href="/c/questions/4" class="question-link">')
  })

  it('marks what answers share, with each other and with earlier reports, and names the other side', async () => {
    const warnings: string[] = []
    const content = await loadContent(
      site,
      '/',
      validate({reports: 'course/*/reports', compareWith: ['earlier/*', 'missing/*', 'earlier/notes.md']}),
      (message) => warnings.push(message)
    )
    expect(content.compared).toBe(true)
    const answers = (number: number) => Object.fromEntries(content.questions[number - 1]!.data.answers.map((answer) => [answer.report, answer]))
    const q10 = answers(10)
    expect(q10.g1!.shared.map((other) => other.label).sort()).toEqual(['earlier/2025-g3/README.md', 'g2'])
    expect(q10.g2!.shared.map((other) => [other.label, other.href])).toEqual(expect.arrayContaining([['g1', '/reports/g1#question-10']]))
    for (const answer of [q10.g1!, q10.g2!]) expect(answer.github).toContain('<mark class="shared-passage"')
    expect(q10.g10!.shared).toEqual([])
    expect(q10.g10!.github).not.toContain('<mark')
    // Different answers about the same tools share nothing; a near copy of one does.
    expect(
      answers(12)
        .g10!.shared.map((other) => other.label)
        .sort()
    ).toEqual(['earlier/2025-g3/README.md', 'g1'])
    const g1 = content.reports.find((loaded) => loaded.data.title === 'g1')!
    expect(g1.data.shared).toBe(2)
    expect(g1.data.html).toContain('Shares a passage with <a href="/reports/g2#question-10">g2</a>')
    expect(g1.data.html).toContain('<cite>earlier/2025-g3/README.md</cite>')
    expect(warnings).toEqual([
      `compareWith: 'missing/*' matches nothing (relative to ${site}); compared without it`,
      'compareWith: earlier/notes.md: no "### Question" heading: not a course report, left out'
    ])
  })

  it('compares nothing and builds no question page for a site of one report', async () => {
    const content = await loadContent(site, '/', validate({reports: 'course/g1/reports'}))
    expect(content.questions).toEqual([])
    expect(content.compared).toBe(false)
    expect(content.reports[0]!.data.shared).toBeNull()
    expect(content.reports[0]!.data.html).not.toContain('question-link')
  })
})

describe('distinctNames', () => {
  it('keeps the folders that tell reports apart, without a trailing reports', () => {
    expect(distinctNames(['/c/groups/Group 7/reports/README.md', '/c/groups/g8/reports/README.md'])).toEqual([
      {label: 'Group 7', slug: 'group-7'},
      {label: 'g8', slug: 'g8'}
    ])
    expect(distinctNames(['/c/a/reports/README.md'])).toEqual([{label: '', slug: ''}])
    expect(distinctNames(['/x/a/README.md', '/y/a/README.md']).map((name) => name.label)).toEqual(['x/a', 'y/a'])
  })
})

describe("a course's output beside the reports", () => {
  const course = (name: string) => {
    const out = join(site, name)
    for (const group of ['group_1', 'group_2']) {
      mkdirSync(join(out, group, 'reports', 'figures'), {recursive: true})
      writeFileSync(join(out, group, 'reports', 'README.md'), fixtureReport())
      for (const figure of fixtureFigures()) writeFileSync(join(out, group, 'reports', figure), 'png')
      writeFileSync(
        join(out, group, 'course-commit.json'),
        JSON.stringify({
          repo: `https://example.org/${group}`,
          commit: 'a'.repeat(40),
          committed: '2026-01-20T12:00:00+01:00',
          deadline: '2026-01-23T22:59:00.000Z'
        })
      )
    }
    return out
  }

  it('gives the scoreboard the figures summary.json has, each of its kind or null', async () => {
    const out = course('judged')
    writeFileSync(
      join(out, 'summary.json'),
      JSON.stringify([
        {
          group: 'group_1',
          total_commits: 12,
          warnings: 2,
          using_dvc: true,
          activity_matrix: [[...Array(23).fill(0), 3]],
          contributions_per_contributor: [8, 4]
        },
        {group: 'group_2', total_commits: '12', using_dvc: 'yes', activity_matrix: [[1, 2]], contributions_per_contributor: ['a']}
      ])
    )
    writeFileSync(
      join(out, 'group_1', 'checklist.json'),
      JSON.stringify([{item: 'Use DVC (M8)', ticked: true, evidence: 'found', files: ['data.dvc'], more_files: 0, looked_for: 'a .dvc file', missing: null}])
    )
    writeFileSync(join(out, 'group_2', 'checklist.json'), '{not json')
    const warnings: string[] = []
    const content = await loadContent(site, '/', validate({reports: 'judged/group_*/reports'}), (message) => warnings.push(message))
    expect(content.scoreboard).toEqual({permalink: '/reports/scoreboard'})
    const [one, two] = content.reports
    expect(one!.groupFigures).toMatchObject({group: 'group_1', total_commits: 12, num_warnings: 2, using_dvc: true, contributions_per_contributor: [8, 4]})
    expect(one!.groupFigures!.activity_matrix).toHaveLength(1)
    expect(two!.groupFigures).toMatchObject({
      group: 'group_2',
      total_commits: null,
      using_dvc: null,
      activity_matrix: null,
      contributions_per_contributor: null
    })
    expect(one!.data.evidence).toEqual([
      {item: 'Use DVC (M8)', ticked: true, evidence: 'found', files: ['data.dvc'], moreFiles: 0, lookedFor: 'a .dvc file', missing: null}
    ])
    expect(two!.data.evidence).toBeNull()
    expect(warnings).toEqual([])
  })

  it('has no scoreboard without a summary.json, and says so once', async () => {
    course('unsummed')
    const warnings: string[] = []
    const content = await loadContent(site, '/', validate({reports: 'unsummed/group_*/reports'}), (message) => warnings.push(message))
    expect(content.scoreboard).toBeNull()
    expect(content.reports.map((report) => report.groupFigures)).toEqual([null, null])
    expect(warnings.filter((message) => message.includes('summary.json'))).toHaveLength(1)
  })
})
