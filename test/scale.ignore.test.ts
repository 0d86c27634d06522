// .termlintignore: gitignore syntax, applied to folder walks and globs but not to named files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/cli/files.js';
import { parseIgnore } from '../src/cli/ignore.js';

// [ignore file lines, path, is a folder, ignored?]
const TABLE: Array<[string, string, boolean, boolean]> = [
  ['drafts/', 'drafts', true, true],
  ['drafts/', 'drafts/a.pdf', false, true],
  ['drafts/', 'x/drafts/a.pdf', false, true], // no slash but the trailing one: any depth
  ['drafts/', 'drafts', false, false], // a file named "drafts" is not a folder
  ['*.pdf', 'a.pdf', false, true],
  ['*.pdf', 'deep/er/a.pdf', false, true],
  ['*.pdf', 'a.pdf.md', false, false],
  ['/top.md', 'top.md', false, true],
  ['/top.md', 'sub/top.md', false, false], // anchored
  ['sub/top.md', 'sub/top.md', false, true],
  ['sub/top.md', 'x/sub/top.md', false, false], // a middle slash anchors too
  ['**/old/*.md', 'old/a.md', false, true],
  ['**/old/*.md', 'a/b/old/a.md', false, true],
  ['**/old/*.md', 'a/b/old/c/a.md', false, false],
  ['archive/**', 'archive/2019/a.pdf', false, true],
  ['archive/**', 'archive', true, false],
  ['a/**/z.md', 'a/z.md', false, true],
  ['a/**/z.md', 'a/b/c/z.md', false, true],
  ['?.md', 'x.md', false, true],
  ['?.md', 'xy.md', false, false],
  ['[ab].md', 'b.md', false, true],
  ['[!ab].md', 'b.md', false, false],
  ['[!ab].md', 'c.md', false, true],
  ['# a comment\n\n*.txt', 'a.txt', false, true],
  ['# a comment', '# a comment', false, false],
  ['\\#hash.md', '#hash.md', false, true],
  ['*.pdf\n!keep.pdf', 'keep.pdf', false, false],
  ['*.pdf\n!keep.pdf', 'other.pdf', false, true],
  ['!keep.pdf\n*.pdf', 'keep.pdf', false, true], // the last matching line wins
  ['drafts/\n!drafts/keep.pdf', 'drafts/keep.pdf', false, true], // no re-include under an excluded folder
  ['drafts/*\n!drafts/keep.pdf', 'drafts/keep.pdf', false, false],
  ['*.md   ', 'a.md', false, true], // trailing spaces dropped
  ['', 'a.md', false, false],
  ['*.md', '../outside.md', false, false], // outside the ignore file's folder
];

describe('parseIgnore', () => {
  it.each(TABLE)('%j: %s (folder: %s) -> ignored %s', (lines, path, isDir, expected) => {
    expect(parseIgnore(lines).ignores(path, isDir)).toBe(expected);
  });
});

describe('expandPaths with .termlintignore', () => {
  const root = mkdtempSync(join(tmpdir(), 'termlint-ignore-'));
  for (const f of ['a.md', 'drafts/b.md', 'drafts/keep/c.md', 'final/d.txt', 'final/e.md']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '1. Term. This agreement lasts one year.\n');
  }
  writeFileSync(join(root, '.termlintignore'), '# drafts are not ready\ndrafts/\n*.txt\n');

  it('applies to folder walks', () => {
    expect(expandPaths(['.'], root).files).toEqual(['a.md', 'final/e.md']);
  });

  it('applies to globs', () => {
    expect(expandPaths(['**/*.md'], root).files).toEqual(['a.md', 'final/e.md']);
  });

  it('matches absolute globs, reports absolute paths, and still applies the ignore file', () => {
    expect(expandPaths([`${root}/*/*.md`], root).files).toEqual([`${root}/final/e.md`]);
  });

  it('does not apply to files named outright', () => {
    expect(expandPaths(['drafts/b.md', 'final/d.txt'], root).files).toEqual(['drafts/b.md', 'final/d.txt']);
  });
});
