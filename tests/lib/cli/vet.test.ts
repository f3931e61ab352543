import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../temp-dir';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import { parseVetArgs, UsageError } from '../../../lib/cli/vet-args';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { FIXTURES_DIR, fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function input(platform: (typeof PLATFORMS)[number], file: string): InputFile {
  const text = loadFixtureText(platform, file);
  return file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, '') };
}

describe('vet: every readable fixture gives a complete, valid report', () => {
  const cases = PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const));
  it.each(cases)('%s/%s', (platform, file) => {
    const expected = loadExpectation(platform, file);
    const assembled = assembleSnapshot([input(platform, file)], new URL(expected.url), new Date(expected.now));
    if (!expected.expect.ok || expected.expect.vetReason) {
      expect(assembled.ok).toBe(false);
      return;
    }
    if (!assembled.ok) throw new Error(assembled.message);
    const snapshot = SnapshotSchema.parse(assembled.snapshot);
    const creator = expected.expect.creator ?? {};
    for (const field of ['followers', 'following', 'postsCount', 'handle'] as const) {
      if (field in creator) expect(snapshot.creator[field], field).toEqual(creator[field]);
    }
    const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) });
    expect(() => VettingReportSchema.parse(report)).not.toThrow();
    // Null when nothing could be measured (a post capture without the creator's followers).
    expect(report.fit.score === null || report.fit.score >= 0).toBe(true);
  });
});

describe('vet argument parsing', () => {
  it.each([[[]], [['--url']], [['--url', 'not a url', 'a.html']], [['--now', 'yesterday', 'a.html']], [['--frobnicate', 'a.html']]])('%j is a usage error', (argv) => {
    expect(() => parseVetArgs(argv, () => new Date(0))).toThrow(UsageError);
  });
  it('reads every option', () => {
    const args = parseVetArgs(['--json', '--url', 'https://x.com/a', '--now', '2026-01-01T00:00:00Z', '--brief', 'b.json', 'one.html', 'two.json'], () => new Date(0));
    expect(args).toMatchObject({ json: true, briefFile: 'b.json', files: ['one.html', 'two.json'] });
    expect(args.url?.href).toBe('https://x.com/a');
    expect(args.now.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('vet command', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) => spawnSync(tsx, [join(ROOT, 'lib', 'cli', 'vet.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

  it('prints the JSON report with the contract field names, merging a page and a captured response', () => {
    const page = join(FIXTURES_DIR, 'x', '2025-11_profile_rendered-dom_en-GB_badlogicgames.html');
    const out = execFileSync(tsx, [join(ROOT, 'lib', 'cli', 'vet.ts'), '--json', '--now', '2025-11-21T00:00:00Z', page], { encoding: 'utf8', cwd: ROOT });
    const report = JSON.parse(out) as { creator: Record<string, unknown>; posts: Array<Record<string, unknown>>; metrics: { engagementRateBasis: string } };
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['creator', 'posts', 'metrics', 'authenticity', 'fit', 'confidence', 'price']));
    expect(report.creator).toMatchObject({ handle: 'badlogicgames', followers: 14071, following: 979, postsCount: 97066, verified: true });
    expect(report.posts[0]).toHaveProperty('likes');
    expect(report.metrics.engagementRateBasis).toBe('followers');
  }, 30_000);

  it('exits 2 with one line for a file it cannot read, bad JSON, a page it does not recognise, or embedded JSON the parse lost', () => {
    const dir = makeTempDir('vet-');
    try {
      writeFileSync(join(dir, 'broken.json'), '{"data": ');
      writeFileSync(join(dir, 'blank.html'), '<html><body>hello</body></html>');
      // A container the document does not end up holding: refused, not read without it.
      writeFileSync(join(dir, 'lost.html'), '<html><body><template><script id="SIGI_STATE" type="application/json">{}</script></template></body></html>');
      for (const [args, pattern] of [
        [[join(dir, 'missing.html')], /cannot read .*missing\.html: ENOENT/],
        [[join(dir, 'broken.json'), '--url', 'https://x.com/someone'], /broken\.json is not valid JSON/],
        [[join(dir, 'blank.html')], /cannot tell which creator/],
        [[join(dir, 'blank.html'), '--url', 'https://www.tiktok.com/@someone'], /blank\.html: not read as a TikTok profile \(/],
        [[join(dir, 'lost.html'), '--url', 'https://www.tiktok.com/@someone'], /lost\.html: the file holds SIGI_STATE but the parsed page does not/],
      ] as const) {
        const result = run([...args]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(pattern);
      }
    } finally {
      removeTempDir(dir);
    }
  }, 60_000);

  it('reads the 2023-02 TikTok page as the browser does: SIGI_STATE after an <svg><style>, every post with its counts and exact date', () => {
    // The command as a user types it: no --url, no --now.
    const file = '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html';
    const out = execFileSync(tsx, [join(ROOT, 'lib', 'cli', 'vet.ts'), '--json', join(FIXTURES_DIR, 'tiktok', file)], { encoding: 'utf8', cwd: ROOT });
    const report = JSON.parse(out) as { creator: Record<string, unknown>; posts: Array<Record<string, unknown>> };
    expect(report.creator).toMatchObject({ handle: 'dylanlemay', verified: true, postsCount: 1526, followers: 11200000, following: 1204, totalLikes: 587500000 });
    const expected = loadExpectation('tiktok', file).expect;
    if (!expected.ok) throw new Error('the expected file says the page is unreadable');
    // The expected file lists every post of SIGI_STATE, written from the page (createTime → ISO).
    expect(report.posts.map((p) => ({ id: p.id, publishedAt: p.publishedAt, likes: p.likes, comments: p.comments, views: p.views, shares: p.shares }))).toEqual(
      (expected.posts ?? []).map((p) => ({ id: p.id, publishedAt: p.publishedAt, likes: p.likes, comments: p.comments, views: p.views, shares: p.shares })),
    );
    expect(report.posts).toHaveLength(30);
    for (const post of report.posts) {
      expect(post.publishedAtPrecision).toBe('exact');
      for (const key of ['likes', 'comments', 'shares'] as const) expect(typeof post[key], `${String(post.id)} ${key}`).toBe('number');
    }
  }, 30_000);
});
