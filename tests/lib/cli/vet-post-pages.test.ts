import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import { formatReport } from '../../../lib/cli/vet-format';
import type { Post } from '../../../lib/contracts/creator';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { emptyEvidence } from '../../../lib/evidence/merge-evidence';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { makePosts, makeSnapshot, NOW } from '../vetting/factory';
import { FIXTURES_DIR, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const YT = 'youtube';
const WATCH = '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json';
const COMMENTS_DE = '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json';
const COMMENTS_EN = '2026-01_next-comments_en-GB_commentEntityPayload_pinned_kurzgesagt.json';
const KURZGESAGT = new URL('https://www.youtube.com/@kurzgesagt');
const AT = new Date('2026-01-26T12:00:00.000Z');

function json(platform: string, file: string): InputFile {
  return { name: file, kind: 'json', json: JSON.parse(loadFixtureText(platform as 'youtube', file)) };
}
function html(platform: string, file: string): InputFile {
  return { name: file, kind: 'html', doc: parseHtml(loadFixtureText(platform as 'youtube', file), '') };
}

describe('vet reads post pages and comment responses as evidence about their creator', () => {
  it("a YouTube video's page data and its comment pages, with --url naming the channel", () => {
    const assembled = assembleSnapshot([json(YT, WATCH), json(YT, COMMENTS_DE), json(YT, COMMENTS_EN)], KURZGESAGT, AT);
    if (!assembled.ok) throw new Error(assembled.message);
    const report = vet({ snapshot: assembled.snapshot, brief: DEFAULT_BRIEF, history: [], now: AT, evidence: assembled.evidence });
    VettingReportSchema.parse(report);
    // The watch page: 18.567.581 Aufrufe, 469.694 likes, 19.783 Kommentare (see its expected file).
    const video = report.snapshot.posts.find((p) => p.id === 'QqsLTNkzvaY')!;
    expect(video).toMatchObject({ views: 18_567_581, likes: 469_694, comments: 19_783 });
    expect(report.postEvidence.postsFromPostPages).toBe(1);
    expect(report.metrics.engagement.byViews?.median).toBeCloseTo((469_694 + 19_783) / 18_567_581, 12);
    // 20 threads on each comment page, the same 20 in two UI languages; the first is the creator's own pinned comment.
    expect(report.postEvidence.comments).toMatchObject({ sampled: 19, posts: 1 });
    expect(report.postEvidence.comments.signals.map((s) => s.level)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(report.postEvidence.comments.signals[0]!.message).toContain('19 read from 1 post');
    // The text report says what the post pages added.
    expect(formatReport(report)).toContain('Post pages: 1 post read on its own page; 19 comments from 1 post');
  });

  it('keeps no commenter by handle: only 64-hex keyed hashes reach the evidence', () => {
    const assembled = assembleSnapshot([json(YT, WATCH), json(YT, COMMENTS_EN)], KURZGESAGT, AT, new Uint8Array(32).fill(3));
    if (!assembled.ok) throw new Error(assembled.message);
    const stored = JSON.stringify(assembled.evidence);
    // @mkbhd hearted-by list and commenter handles appear in the response; none in what is kept.
    const raw = loadFixtureText(YT, COMMENTS_EN);
    // The creator's own handle names the evidence (its key); commenters' handles must not appear.
    const handles = [...new Set([...raw.matchAll(/"@([A-Za-z0-9._-]{3,30})"/g)].map((m) => m[1]!))].filter((h) => h.toLowerCase() !== 'kurzgesagt');
    expect(handles.length).toBeGreaterThan(5);
    for (const handle of handles) expect(stored.includes(`@${handle}`) || stored.includes(`"${handle}"`), handle).toBe(false);
    for (const sample of assembled.evidence!.samples) for (const c of sample.comments) expect(c.authorKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses another creator's post instead of passing its counts off", () => {
    const assembled = assembleSnapshot([json(YT, WATCH)], new URL('https://www.youtube.com/@someoneelse'), AT);
    expect(assembled).toMatchObject({ ok: false });
    expect(!assembled.ok && assembled.message).toMatch(/is a post by @kurzgesagt, not by @someoneelse/);
  });

  it('says which --url to pass for a post page alone', () => {
    const file = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
    const assembled = assembleSnapshot([html('tiktok', file)], null, AT);
    expect(assembled.ok).toBe(false);
    expect(!assembled.ok && assembled.message).toMatch(/--url https:\/\/www\.tiktok\.com\/@illojuan/);
  });

  it('merges a TikTok video page with the same creator\'s profile page', () => {
    const profile = html('tiktok', '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html');
    const video = html('tiktok', '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html');
    const assembled = assembleSnapshot([profile, video], null, AT);
    if (!assembled.ok) throw new Error(assembled.message);
    expect(assembled.evidence?.posts).toHaveLength(1);
    const report = vet({ snapshot: assembled.snapshot, brief: DEFAULT_BRIEF, history: [], now: AT, evidence: assembled.evidence });
    expect(report.postEvidence.postsFromPostPages).toBe(1);
    expect(report.snapshot.posts.some((p) => p.id === assembled.evidence!.posts[0]!.id)).toBe(true);
  });
});

describe('engagement where the profile shows none', () => {
  // A YouTube channel page: views on every video, never likes or comments.
  const channelPosts = makePosts(12, (i) => ({ id: `v${i}`, likes: null, comments: null, views: 10_000 + 100 * i, kind: 'video' }));
  const snapshot = makeSnapshot({ platform: 'youtube', handle: 'chan', profileUrl: 'https://www.youtube.com/@chan', followers: 40_000 }, channelPosts);
  const opened = (n: number): Post[] => channelPosts.slice(0, n).map((p) => ({ ...p, likes: 400, comments: 20 }));
  const evidenceOf = (posts: Post[]) => ({ ...emptyEvidence('youtube', 'chan', NOW), posts });

  it('has no engagement from the channel page alone, and says how many videos to open', () => {
    const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: NOW });
    expect(report.metrics.engagementRate).toBeNull();
    expect(report.postEvidence.nextStep).toBe("Open 5 more of the creator's recent videos to measure engagement: 0 of the 5 needed show likes and views.");
    expect(formatReport(report)).toContain(`Next step: ${report.postEvidence.nextStep}`);
  });

  it('counts 2 opened videos and asks for 3 more', () => {
    const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: NOW, evidence: evidenceOf(opened(2)) });
    expect(report.postEvidence.postsFromPostPages).toBe(2);
    expect(report.postEvidence.nextStep).toBe("Open 3 more of the creator's recent videos so that engagement counts in the verdict: 2 of the 5 needed show likes and views (2 read on video pages).");
  });

  it('measures engagement by views once 5 opened videos show likes', () => {
    const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: NOW, evidence: evidenceOf(opened(5)) });
    expect(report.postEvidence).toMatchObject({ postsFromPostPages: 5, nextStep: null });
    expect(report.metrics.engagement.postsUsedByViews).toBe(5);
    // (400 + 20) / views of v0..v4 = 10,000 … 10,400: the median is v2's 420 / 10,200.
    expect(report.metrics.engagementRate).toBeCloseTo(420 / 10_200, 12);
  });
});

describe('vet command with post pages', () => {
  it('--json includes the evidence block', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const files = [WATCH, COMMENTS_EN].map((f) => join(FIXTURES_DIR, YT, f));
    const out = spawnSync(tsx, [join(ROOT, 'lib', 'cli', 'vet.ts'), '--json', '--url', KURZGESAGT.href, '--now', AT.toISOString(), ...files], { encoding: 'utf8', cwd: ROOT });
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout) as { evidence: { postsFromPostPages: number; comments: { sampled: number; posts: number; signals: unknown[] } } };
    expect(report.evidence).toMatchObject({ postsFromPostPages: 1, comments: { sampled: 19, posts: 1 } });
    expect(report.evidence.comments.signals).toHaveLength(4);
  }, 30_000);
});
