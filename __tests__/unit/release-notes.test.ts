/** scripts/release-notes.mjs: the release workflow's notes come from CHANGELOG.md, and a version without notes fails. */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/run.js'
import { tempDir } from '../support/temp.js'

function notes(tag: string, changelog: string) {
  const file = join(tempDir('cim-release-'), 'CHANGELOG.md')
  writeFileSync(file, changelog)
  return spawnSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), tag, file], { encoding: 'utf8' })
}

const CHANGELOG = `# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n\n### Added\n- watch()\n\n## 1.1.0\n\n- fixes\n`

describe('release notes', () => {
  it('prints the section of the tagged version, without its heading', () => {
    const result = notes('v1.2.0', CHANGELOG)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('### Added\n- watch()\n')
  })

  it('reads a heading without brackets', () => {
    expect(notes('1.1.0', CHANGELOG).stdout).toBe('- fixes\n')
  })

  it('refuses a version without a section, naming the sections it found', () => {
    const result = notes('v1.3.0', CHANGELOG)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('no section for 1.3.0 (sections: [Unreleased], [1.2.0] - 2026-12-01, 1.1.0)')
  })

  it('refuses an empty section', () => {
    const result = notes('v1.0.0', '## [1.0.0]\n\n## [0.9.0]\n- x\n')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('section for 1.0.0 is empty')
  })

  it('finds the project changelog section of the package version', () => {
    const version = JSON.parse(
      spawnSync('node', ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: ROOT, encoding: 'utf8' })
        .stdout,
    )
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/release-notes.mjs'), `v${version}`, join(ROOT, 'CHANGELOG.md')],
      { encoding: 'utf8' },
    )
    expect(result.status).toBe(0)
    expect(result.stdout.length).toBeGreaterThan(20)
  })
})
