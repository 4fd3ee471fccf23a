#!/usr/bin/env node
/**
 * Turns version-history JSON files (one per repository: `{name, head: {commit, date, files}, tags: [{name, commit,
 * date, files}]}`, the shape of the history research data) into real git repositories, one commit per distinct
 * commit of the data in date order with its files and tags, so that the local source can read them like
 * checkouts. Commit hashes are new; dates, files and tag names are the data's.
 *
 *   node scripts/history-from-json.mjs JSON_DIR OUT_DIR [--bundle]
 *
 * With --bundle, each repository is written as OUT_DIR/NAME.bundle instead of a checkout.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const [jsonDir, outArg, ...flags] = process.argv.slice(2)
if (!jsonDir || !outArg) {
  console.error('usage: node scripts/history-from-json.mjs JSON_DIR OUT_DIR [--bundle]')
  process.exit(2)
}
const out = resolve(outArg)
const bundle = flags.includes('--bundle')
mkdirSync(out, { recursive: true })
const work = bundle ? mkdtempSync(join(tmpdir(), 'cim-history-json-')) : out

const identity = {
  GIT_AUTHOR_NAME: 'history',
  GIT_AUTHOR_EMAIL: 'history@example.org',
  GIT_COMMITTER_NAME: 'history',
  GIT_COMMITTER_EMAIL: 'history@example.org',
}

try {
  for (const file of readdirSync(jsonDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(jsonDir, file), 'utf8'))
    const repo = join(work, data.name)
    mkdirSync(repo, { recursive: true })
    const git = (date, ...args) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          ...identity,
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
    git(data.head.date, 'init', '--quiet', '--initial-branch=main')
    // One commit per distinct commit of the data, oldest first; the head last.
    const commits = new Map()
    for (const tag of data.tags) {
      const known = commits.get(tag.commit) ?? { date: tag.date, files: tag.files, tags: [] }
      known.tags.push(tag.name)
      commits.set(tag.commit, known)
    }
    const head = commits.get(data.head.commit) ?? { date: data.head.date, files: data.head.files, tags: [] }
    commits.delete(data.head.commit)
    const ordered = [...commits.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
    let written = []
    for (const commit of [...ordered, head]) {
      for (const path of written) rmSync(join(repo, path), { force: true })
      for (const [path, text] of Object.entries(commit.files)) {
        mkdirSync(dirname(join(repo, path)), { recursive: true })
        writeFileSync(join(repo, path), text)
      }
      written = Object.keys(commit.files)
      git(commit.date, 'add', '-A')
      git(
        commit.date,
        'commit',
        '--quiet',
        '--allow-empty',
        '-m',
        commit.tags.length ? `release ${commit.tags.join(', ')}` : 'head',
      )
      for (const tag of commit.tags) git(commit.date, 'tag', tag)
    }
    if (bundle) git(data.head.date, 'bundle', 'create', '--quiet', join(out, `${data.name}.bundle`), '--all')
  }
} finally {
  if (bundle) rmSync(work, { recursive: true, force: true })
}
