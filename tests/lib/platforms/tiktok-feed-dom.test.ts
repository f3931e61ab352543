/**
 * The rendered feed of a TikTok video page read article by article: each video's counts, author and
 * label from its own article, written from the saved page (see FEED_DOM for where each one is).
 */
import { describe, expect, it } from 'vitest';
import { readFeedVideo } from '../../../lib/platforms/tiktok/post/feed-dom';
import { loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const FILE = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
const expected = loadExpectation('tiktok', FILE);
const doc = parseHtml(loadFixtureText('tiktok', FILE), expected.url);
const now = new Date(expected.now);

describe('a TikTok video page read from its rendered feed', () => {
  it('the opened video from its own article: the counts as shown, the "Paid partnership" chip, the day from its id', () => {
    // Its article: like-count "25.5K", comment-count "146", share-count "2156", undefined-count "1311", sponsored-tag "Paid partnership".
    expect(readFeedVideo(doc, '7571863205253778710', now)).toEqual({
      author: { handle: 'illojuan', displayName: null, followers: null, verified: null },
      post: expect.objectContaining({
        id: '7571863205253778710',
        url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
        publishedAt: '2025-11-12T15:36:23.000Z',
        publishedAtPrecision: 'day',
        likes: 25_500,
        comments: 146,
        views: null,
        shares: 2156,
        saves: 1311,
        rounded: ['likes'],
        sponsored: true,
      }),
    });
  });

  it("the next video from the article below, another creator's", () => {
    expect(readFeedVideo(doc, '7586458564600827138', now)).toMatchObject({
      author: { handle: 'lacasa2edicion' },
      post: { likes: 35_300, comments: 223, shares: 24_800, saves: 1852, views: null, sponsored: false },
    });
  });

  it('nothing for a video the feed does not show (a link of the recommend list is not a video on screen)', () => {
    expect(readFeedVideo(doc, '1', now)).toBeNull();
    // Linked from the recommend list only, with no player of its own.
    const linkedOnly = [...doc.querySelectorAll('a[href*="/video/"]')].map((a) => /\/video\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]).find((id) => id && !doc.getElementById(`xgwrapper-0-${id}`));
    expect(linkedOnly).toBeDefined();
    expect(readFeedVideo(doc, linkedOnly!, now)).toBeNull();
  });
});
