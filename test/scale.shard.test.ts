// --shard i/n: the n shards of any file list are disjoint and together are the whole list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shardFiles } from '../src/cli/shard.js';
import { selectShard } from '../src/cli/scale.js';

const pathArb = fc.stringMatching(/^[a-z0-9_/.-]{1,24}$/);

describe('shardFiles', () => {
  it('partitions any list exactly: union is the list, shards are disjoint, sizes differ by at most 1', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pathArb, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (files, n) => {
        const shards = Array.from({ length: n }, (_, i) => shardFiles(files, { index: i + 1, count: n }));
        const all = shards.flat();
        expect(new Set(all).size).toBe(all.length); // disjoint
        expect([...all].sort()).toEqual([...files].sort()); // covers every file
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not depend on the order the files were listed in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pathArb, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (files, n) => {
        const reversed = [...files].reverse();
        for (let i = 1; i <= n; i++) {
          expect(shardFiles(reversed, { index: i, count: n })).toEqual(shardFiles(files, { index: i, count: n }));
        }
      }),
    );
  });

  it('reports paths that named nothing in shard 1 only', () => {
    const expanded = { files: ['a.md', 'b.md', 'c.md'], missing: ['nope.pdf'] };
    expect(selectShard(expanded, '1/2')).toEqual({ files: ['a.md', 'c.md'], missing: ['nope.pdf'] });
    expect(selectShard(expanded, '2/2')).toEqual({ files: ['b.md'], missing: [] });
    expect(selectShard(expanded, undefined)).toBe(expanded);
  });
});

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('parses %j', (raw, expected) => {
    expect(parseShard(raw)).toEqual(expected);
  });

  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3', '-1/2', '1.5/2'])('rejects %j with a usage error', (raw) => {
    expect(() => parseShard(raw)).toThrow(/--shard must be i\/n/);
  });
});
