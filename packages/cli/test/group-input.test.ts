import {describe, expect, it} from 'vitest'
import {groupsFromCsv, groupsFromRepositories, parseCsv} from '../src/course/group-input.js'

describe('a course’s groups', () => {
  it('reads group_info.csv by its header names, quoted fields included', () => {
    const csv = '\ufeffgroup_number,student_1,repo_url\r\n7,"Doe, Jane",https://github.com/a/seven\r\n12,x,"https://github.com/a/twelve"\r\n'
    expect(groupsFromCsv(csv, 'group_info.csv')).toEqual([
      {group: 'group_7', repo: 'https://github.com/a/seven', number: 7, size: 1},
      {group: 'group_12', repo: 'https://github.com/a/twelve', number: 12, size: 1}
    ])
    expect(parseCsv('a,"b ""c"""\n')).toEqual([['a', 'b "c"']])
  })

  it('names repositories after their last segment, safe on disk', () => {
    expect(groupsFromRepositories(['https://github.com/a/proj.git', '../clones/other/', 'git@github.com:a/..'])).toEqual([
      {group: 'proj', repo: 'https://github.com/a/proj.git', number: null, size: null},
      {group: 'other', repo: '../clones/other/', number: null, size: null},
      {group: '_', repo: 'git@github.com:a/..', number: null, size: null}
    ])
  })

  it('gives a repeated name a number no other group has', () => {
    const names = groupsFromRepositories(['https://x/a/proj', 'https://x/b/proj', 'https://x/c/proj-2', 'https://x/d/proj']).map((entry) => entry.group)
    expect(names).toEqual(['proj', 'proj-3', 'proj-2', 'proj-4'])
    expect(new Set(names).size).toBe(names.length)
  })
})
