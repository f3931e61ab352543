import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../lib/contracts/creator';
import { CreatorEvidenceSchema, EVIDENCE_CAPS } from '../../../lib/contracts/evidence';
import { keyComments } from '../../../lib/evidence/key-comments';
import { mergeEvidence } from '../../../lib/evidence/merge-evidence';
import type { PostPageReading, RawComment } from '../../../lib/platforms/post-types';
import { snapshotWithEvidence } from '../../../lib/evidence/snapshot-with-evidence';
import { emptyCreator } from '../../../lib/platforms/empty-creator';

const KEY = randomBytes(32);
const NOW = new Date('2026-01-27T12:00:00Z');

function post(id: string, fields: Partial<Post> = {}): Post {
  return { id, url: null, publishedAt: null, publishedAtPrecision: null, likes: null, comments: null, views: null, shares: null, saves: null, rounded: [], kind: 'video', pinned: false, sponsored: false, caption: '', ...fields };
}

function comment(i: number, handle = `fan${i}`): RawComment {
  return { id: `c${i}`, authorHandle: handle, text: `comment ${i}`, publishedAt: null, likes: 1, replies: 0, byCreator: false, creatorReplied: null, creatorLiked: null };
}

function reading(postId: string, comments: RawComment[], p: Post | null = post(postId)): PostPageReading {
  return { platform: 'youtube', postId, author: { handle: 'connor.craftt', displayName: null, followers: null, verified: null }, post: p, comments, totalComments: comments.length, sources: ['test'] };
}

function update(r: PostPageReading, at = NOW) {
  return { platform: 'youtube' as const, handle: 'connor.craftt', post: r.post, sample: keyComments(r, KEY, at) };
}

describe('creator evidence', () => {
  it('merges a post read twice by id, each count from the better reading, newest first', () => {
    let evidence = mergeEvidence(null, update(reading('old', [], post('old', { publishedAt: '2025-01-01T00:00:00Z', publishedAtPrecision: 'exact' }))), NOW);
    evidence = mergeEvidence(evidence, update(reading('v1', [], post('v1', { views: 3400, rounded: ['views'] }))), NOW);
    evidence = mergeEvidence(evidence, update(reading('v1', [], post('v1', { views: 3421, likes: 320, comments: 68, publishedAt: '2026-01-26T00:00:00Z', publishedAtPrecision: 'day' }))), NOW);
    expect(evidence.posts.map((p) => p.id)).toEqual(['v1', 'old']);
    expect(evidence.posts[0]).toMatchObject({ views: 3421, likes: 320, comments: 68, rounded: [] });
    expect(() => CreatorEvidenceSchema.parse(evidence)).not.toThrow();
  });

  it('keeps comments per post by id, at most 200 per post and 1,000 per creator, the oldest readings giving way', () => {
    const many = Array.from({ length: 250 }, (_, i) => comment(i));
    let evidence = mergeEvidence(null, update(reading('p0', many), new Date('2026-01-01T00:00:00Z')), NOW);
    expect(evidence.samples[0]!.comments).toHaveLength(EVIDENCE_CAPS.commentsPerPost);
    evidence = mergeEvidence(evidence, update(reading('p0', [comment(0), comment(999)]), new Date('2026-01-02T00:00:00Z')), NOW);
    expect(evidence.samples).toHaveLength(1);
    expect(evidence.samples[0]!.comments.map((c) => c.id).slice(0, 2)).toEqual(['c0', 'c999']);
    for (let p = 1; p <= 5; p++) evidence = mergeEvidence(evidence, update(reading(`p${p}`, many), new Date(`2026-01-0${p + 2}T00:00:00Z`)), NOW);
    const total = evidence.samples.reduce((n, s) => n + s.comments.length, 0);
    expect(total).toBe(EVIDENCE_CAPS.commentsPerCreator);
    expect(evidence.samples.map((s) => s.postId)).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(() => CreatorEvidenceSchema.parse(evidence)).not.toThrow();
  });

  it('stores no handle in clear, only keyed hashes, and the schema refuses a clear one', () => {
    const evidence = mergeEvidence(null, update(reading('p0', [comment(1, 'karen.messenger'), comment(2, '@xoxo_atlas')])), NOW);
    const text = JSON.stringify(evidence);
    expect(text).not.toMatch(/karen|xoxo/i);
    const forged = structuredClone(evidence);
    forged.samples[0]!.comments[0]!.authorKey = 'karen.messenger';
    expect(CreatorEvidenceSchema.safeParse(forged).success).toBe(false);
  });

  it('refuses to mix creators', () => {
    const evidence = mergeEvidence(null, update(reading('p0', [])), NOW);
    expect(() => mergeEvidence(evidence, { platform: 'youtube', handle: 'someone', post: null, sample: null }, NOW)).toThrow(/cannot take/);
  });

  it('merges the posts into the profile snapshot by id, keeping the profile order and adding the source', () => {
    const creator = emptyCreator('youtube', 'connor.craftt', 'https://www.youtube.com/@connor.craftt', NOW);
    const snapshot = { creator, posts: [post('v1', { views: 3400, rounded: ['views'] as Post['rounded'] }), post('v2')], sources: ['json:ytInitialData'], postOrder: 'popular' as const };
    const evidence = mergeEvidence(null, update(reading('v1', [], post('v1', { views: 3421, likes: 320, comments: 68 }))), NOW);
    const merged = snapshotWithEvidence(snapshot, evidence);
    expect(merged.posts.find((p) => p.id === 'v1')).toMatchObject({ views: 3421, likes: 320, comments: 68 });
    expect(merged.sources).toEqual(['json:ytInitialData', 'post-pages']);
    expect(merged.postOrder).toBe('popular');
    const other = mergeEvidence(null, { platform: 'youtube', handle: 'someone', post: post('v9'), sample: null }, NOW);
    expect(snapshotWithEvidence(snapshot, other)).toBe(snapshot);
  });
});
