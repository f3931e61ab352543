import { describe, expect, it } from 'vitest';
import type { Creator, Post } from '../../../lib/contracts/creator';
import { submittedSnapshot } from '../../../lib/background/submitted-snapshot';

const PAGE = 'https://www.tiktok.com/@illojuan';
const NOW = new Date('2025-12-10T10:00:00.000Z');

function creator(over: Partial<Creator> = {}): Creator {
  return {
    platform: 'tiktok',
    handle: 'illojuan',
    displayName: 'IlloJuan',
    profileUrl: PAGE,
    followers: 783_400,
    following: 0,
    postsCount: null,
    totalLikes: null,
    verified: true,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance: { followers: { source: 'dom', exact: false, via: '[data-e2e=followers-count]' }, following: { source: 'dom', exact: true, via: '[data-e2e=following-count]' } },
    joinedAt: null,
    capturedAt: NOW.toISOString(),
    ...over,
  };
}

function post(id: string, over: Partial<Post> = {}): Post {
  return { id, url: null, publishedAt: null, publishedAtPrecision: null, likes: 10, comments: null, views: null, shares: null, saves: null, rounded: [], kind: 'video', pinned: false, sponsored: false, caption: '', ...over };
}

const reading = { creator: creator(), posts: [post('1')], sources: ['dom:header'] };

describe('a submitted reading and its captures become one snapshot in the background', () => {
  it('merges the captures into the page reading', () => {
    const capture = { ok: true, creator: null, posts: [post('2')], sources: ['capture:item_list'] };
    const result = submittedSnapshot(PAGE, reading, [capture], NOW);
    expect(result.ok && result.snapshot.posts.map((p) => p.id).sort()).toEqual(['1', '2']);
    expect(result.ok && result.snapshot.sources).toEqual(['dom:header', 'capture:item_list']);
  });

  it('leaves out a capture that does not fit the contract, and keeps the rest', () => {
    const bad = { ok: true, creator: null, posts: [{ id: 42 }], sources: ['capture:forged'] };
    const good = { ok: true, creator: null, posts: [post('3')], sources: ['capture:item_list'] };
    const result = submittedSnapshot(PAGE, reading, [bad, 'junk', null, good], NOW);
    expect(result.ok && result.snapshot.sources).toEqual(['dom:header', 'capture:item_list']);
  });

  it('reads the creator from a capture alone when the page has not drawn the profile yet', () => {
    const capture = { ok: true, creator: { handle: 'illojuan', followers: 783_412, provenance: { followers: { source: 'capture', exact: true, via: 'stats.followerCount' } } }, posts: [post('4')], sources: ['capture:user_detail'] };
    const result = submittedSnapshot(PAGE, null, [capture], NOW);
    expect(result.ok).toBe(true);
    expect(result.ok && result.snapshot.creator).toMatchObject({ platform: 'tiktok', handle: 'illojuan', followers: 783_412, profileUrl: PAGE });
  });

  it('refuses a capture-only submission whose capture names someone else', () => {
    const capture = { ok: true, creator: { handle: 'someoneelse', followers: 7 }, posts: [], sources: ['capture:user_detail'] };
    expect(submittedSnapshot(PAGE, null, [capture], NOW).ok).toBe(false);
  });

  it('refuses a reading that does not fit the contract, saying why', () => {
    const result = submittedSnapshot(PAGE, { ...reading, creator: { ...creator(), handle: 'Not A Handle' } }, [], NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/creator\.handle/);
  });
});
