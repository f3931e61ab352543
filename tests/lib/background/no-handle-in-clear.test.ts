/**
 * What post pages leave in the database: every store, every value, read raw. No commenter is there
 * by handle; each is there as the keyed hash of their handle.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../lib/contracts/creator';
import { commenterKey } from '../../../lib/evidence/keyed-hash';
import type { PostPageReading } from '../../../lib/platforms/post-types';
import { loadExpectation } from '../platforms/fixture-harness';
import { backgroundOn } from './post-background';
import { readPostFixture } from './post-fixtures';

const AT = new Date('2026-01-27T12:00:00.000Z');

/** Every value of every store of the database, as JSON. */
async function everyStoredValue(factory: IDBFactory): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('vetted');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = Array.from(db.objectStoreNames);
  const tx = db.transaction(names, 'readonly');
  const values = await Promise.all(
    names.map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  db.close();
  expect(names).toContain('evidence');
  return values.flat().map((value) => JSON.stringify(value));
}

interface Submission {
  platform: Platform;
  file: string;
  pageUrl?: string;
  /** For a comment page that names no author: the author its post page (read first in the browser) names. */
  author?: string;
}

/** The comment fixtures of every platform, each on the post page it belongs to. */
const SUBMISSIONS: Submission[] = [
  { platform: 'youtube', file: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  { platform: 'youtube', file: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  { platform: 'youtube', file: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  { platform: 'youtube', file: '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json' },
  { platform: 'youtube', file: '2026-01_next-comments_en-GB_commentEntityPayload_pinned_kurzgesagt.json' },
  { platform: 'youtube', file: '2026-01_next-replies_en-GB_commentEntityPayload_kurzgesagt.json', author: 'kurzgesagt' },
  { platform: 'instagram', file: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json', pageUrl: 'https://www.instagram.com/reel/DFp17y5MymE/' },
  { platform: 'x', file: '2025-03_graphql_TweetDetail_threaded-conversation_legacy-users.json' },
  { platform: 'tiktok', file: '2026-02_comment-list_json_en-US_tikhub-envelope.json', pageUrl: 'https://www.tiktok.com/@fixture.author/video/7603296357641735445', author: 'fixture.author' },
];

describe('no commenter handle is stored in clear', () => {
  it('after the comment pages of all four platforms, every store holds commenters only as keyed hashes', async () => {
    const factory = new IDBFactory();
    const { route, open, contentOn } = backgroundOn(factory, AT);
    const readings: PostPageReading[] = [];
    // One tab per post page: a comment page comes in the tab of the post it belongs to.
    const tabs = new Map<string, number>();
    for (const submission of SUBMISSIONS) {
      const pageUrl = submission.pageUrl ?? loadExpectation(submission.platform, submission.file).url;
      const reading = readPostFixture(submission.platform, submission.file, AT);
      if (!tabs.has(pageUrl)) tabs.set(pageUrl, 10 + tabs.size);
      const sender = contentOn(pageUrl, tabs.get(pageUrl)!);
      if (submission.author) {
        const page = { ...reading, author: { handle: submission.author, displayName: null, followers: null, verified: null }, comments: [], post: null };
        expect(await route({ type: 'post/submit', pageUrl, from: 'page', reading: page }, sender)).toMatchObject({ ok: true });
      }
      expect(await route({ type: 'post/submit', pageUrl, from: 'capture', reading }, sender), submission.file).toMatchObject({ ok: true });
      readings.push(reading);
    }
    const creators = new Set(readings.flatMap((r) => (r.author ? [r.author.handle.toLowerCase()] : [])).concat(['fixture.author', 'kurzgesagt', 'connor.craftt']));
    const commenters = new Set(readings.flatMap((r) => r.comments.map((c) => c.authorHandle)).filter((h) => h && !creators.has(h.replace(/^@/, '').toLowerCase())));
    expect(commenters.size).toBeGreaterThan(50);

    const stored = (await everyStoredValue(factory)).join('\n');
    const shortlist = await open();
    const installKey = await shortlist.evidence.installKey();
    shortlist.close();
    const inClear = [...commenters].filter((handle) => stored.toLowerCase().includes(handle.replace(/^@/, '').toLowerCase()));
    expect(inClear).toEqual([]);
    // Each commenter is there as the keyed hash of their handle, under this install's key.
    for (const handle of commenters) expect(stored, handle).toContain(commenterKey(installKey, handle));
  });
});
