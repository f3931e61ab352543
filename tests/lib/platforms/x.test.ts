import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { CreatorSchema, PostSchema, SnapshotSchema, type Post } from '../../../lib/contracts/creator';
import { xReader } from '../../../lib/platforms/x/reader';
import { readStatusGroupLabel } from '../../../lib/platforms/x/sources/timeline';
import { parseXCreatedAt } from '../../../lib/platforms/x/graphql-user';
import { checkFixture, fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const NOW = { now: new Date('2025-11-20T22:00:00.000Z') };
const PROFILE = '2025-11_profile_rendered-dom_en-GB_badlogicgames.html';
const PROFILE_URL = new URL('https://x.com/badlogicgames');
const XDEV = new URL('https://x.com/XDevelopers');

function loadJson(file: string): unknown {
  return JSON.parse(loadFixtureText('x', file));
}

function page(body: string, lang = 'en-GB'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="${lang}"><head></head><body><main data-testid="primaryColumn">${body}</main></body></html>`, 'https://x.com/');
}

function schemaScript(handle: string, follows: number, friends = 10, tweets = 20, description = 'bio'): string {
  const block = {
    '@context': 'http://schema.org',
    '@type': 'ProfilePage',
    dateCreated: '2010-09-12T13:40:31.000Z',
    mainEntity: {
      '@type': 'Person',
      additionalName: handle,
      name: `Name of ${handle}`,
      description,
      interactionStatistic: [
        { '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', name: 'Follows', userInteractionCount: follows },
        { '@type': 'InteractionCounter', interactionType: 'https://schema.org/SubscribeAction', name: 'Friends', userInteractionCount: friends },
        { '@type': 'InteractionCounter', interactionType: 'https://schema.org/WriteAction', name: 'Tweets', userInteractionCount: tweets },
      ],
    },
  };
  return `<script type="application/ld+json" data-testid="UserProfileSchema-test">${JSON.stringify(block)}</script>`;
}

function header(handle: string, followers = '14K', following = '979'): string {
  return `<div data-testid="UserName"><span>Display ${handle}</span><span>@${handle}</span></div>
    <a href="https://x.com/${handle}/following"><span>${following}</span> <span>Following</span></a>
    <a href="https://x.com/${handle}/verified_followers"><span>${followers}</span> <span>Followers</span></a>`;
}

function article(author: string, id: string, label: string, extra = ''): string {
  return `<article data-testid="tweet">${extra}
    <div data-testid="User-Name"><a href="https://x.com/${author}">${author}</a></div>
    <a href="https://x.com/${author}/status/${id}"><time datetime="2025-09-19T10:22:52.000Z">19 Sep</time></a>
    <div data-testid="tweetText"><span>post ${id}</span></div>
    <div role="group" aria-label="${label}">
      <button data-testid="reply" aria-label="7 Replies. Reply"><span>7</span></button>
      <button data-testid="retweet" aria-label="Repost"><span>1.2K</span></button>
      <button data-testid="like" aria-label="6522 Likes. Like"><span>6.5K</span></button>
      <button data-testid="bookmark" aria-label="Bookmark"></button>
    </div></article>`;
}

describe('x reader: real fixtures', () => {
  it.each(fixtureFiles('x'))('%s', (file) => {
    checkFixture(xReader, 'x', file);
  });

  it.each(fixtureFiles('x').filter((f) => f.endsWith('.json') && loadExpectation('x', f).expect.ok))('%s: creator and posts satisfy the contracts', (file) => {
    const expected = loadExpectation('x', file);
    const result = xReader.readCapture(loadJson(file), new URL(expected.url), { now: new Date(expected.now) });
    expect(result.ok).toBe(true);
    expect(() => CreatorSchema.parse(result.creator)).not.toThrow();
    for (const post of result.posts) expect(() => PostSchema.parse(post)).not.toThrow();
  });
});

describe('readStatusGroupLabel', () => {
  function groupLabelOf(file: string): string {
    const doc = parseHtml(loadFixtureText('x', file), 'https://x.com/');
    return doc.querySelector('div[role="group"][aria-label]')?.getAttribute('aria-label') ?? '';
  }

  it('reads the status page label exactly', () => {
    expect(readStatusGroupLabel(groupLabelOf('2025-11_status_rendered-dom_en-GB_bigtechalert.html'))).toEqual({
      replies: 250,
      reposts: 220,
      likes: 2325,
      bookmarks: 124,
      views: 4017357,
    });
  });

  it('reads a count that X left out of the label as 0, and singular words', () => {
    expect(readStatusGroupLabel(groupLabelOf('2025-11_status_rendered-dom_en-GB_zero-counts-omitted.html'))).toEqual({
      replies: 1,
      reposts: 0,
      likes: 4,
      bookmarks: 2,
      views: 809,
    });
  });

  it('keeps missing views unknown (posts from before view counting)', () => {
    expect(readStatusGroupLabel('163 replies, 739 reposts, 2939 likes, 75 bookmarks').views).toBeNull();
  });

  it('gives all nulls for a label in a language it cannot read', () => {
    expect(readStatusGroupLabel('202 respuestas, 225 republicaciones, 6522 Me gusta')).toMatchObject({ replies: null, likes: null });
    expect(readStatusGroupLabel('')).toEqual({ replies: null, reposts: null, likes: null, bookmarks: null, views: null });
  });
});

describe('x reader: rendered profile', () => {
  it('ignores JSON-LD left over from another profile and reads the current header instead', () => {
    const doc = page(schemaScript('someoneelse', 999_999, 888, 777) + header('badlogicgames'));
    const result = xReader.read(doc, PROFILE_URL, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.creator.followers).toBe(14_000);
    expect(result.creator.provenance.followers).toEqual({ source: 'dom', exact: false, via: 'dom:a[href$="/verified_followers"]' });
    expect(result.creator.following).toBe(979);
    expect(result.creator.provenance.following?.exact).toBe(true);
    expect(result.creator.displayName).toBe('Display badlogicgames');
    expect(result.sources).not.toContain('meta:jsonld:ProfilePage');
  });

  it('is not ready while both JSON-LD and header still show the previous profile', () => {
    const doc = page(schemaScript('someoneelse', 5) + header('someoneelse'));
    expect(xReader.read(doc, PROFILE_URL, NOW)).toMatchObject({ ok: false, reason: 'not-ready' });
  });

  it('prefers exact JSON-LD counts over the rounded header text, count by count', () => {
    const doc = page(schemaScript('badlogicgames', 14_071, 979, 97_066) + header('badlogicgames'));
    const result = xReader.read(doc, PROFILE_URL, NOW);
    expect(result.ok && result.creator.followers).toBe(14_071);
    expect(result.ok && result.creator.provenance.followers?.source).toBe('meta');
  });

  it('skips posts by others (reposts) and falls back to the buttons when the label is unreadable', () => {
    const doc = page(
      header('badlogicgames') +
        article('someoneelse', '111', '3 replies, 4 likes', '<a href="https://x.com/badlogicgames"><span data-testid="socialContext">Mario reposted</span></a>') +
        article('badlogicgames', '222', '7 Antworten, 6522 Gefällt mir'),
    );
    const result = xReader.read(doc, PROFILE_URL, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.posts.map((p) => p.id)).toEqual(['222']);
    const [post] = result.posts as [Post];
    // Exact from aria-labels; the repost button only shows "1.2K"; the bookmark button has no number.
    expect(post).toMatchObject({ comments: 7, likes: 6522, shares: 1200, saves: null, views: null, rounded: ['shares'], pinned: false });
  });

  it('reads a hostile bio as plain, capped text', () => {
    const hostile = `<script>alert(1)</script> =HYPERLINK("x") \u202Eevil ${'A'.repeat(100_000)}`;
    const description = `<div data-testid="UserDescription"><span></span></div>`;
    const doc = page(schemaScript('badlogicgames', 1, 1, 1, hostile) + header('badlogicgames') + description);
    doc.querySelector('[data-testid="UserDescription"] span')!.textContent = hostile;
    const result = xReader.read(doc, PROFILE_URL, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.creator.bio.length).toBeLessThanOrEqual(CAPS.bio);
    expect(result.creator.bio.startsWith('<script>alert(1)</script> =HYPERLINK("x") evil AAA')).toBe(true);
    expect(result.creator.bio).not.toContain('\u202E');
    expect(() => CreatorSchema.parse(result.creator)).not.toThrow();
  });

  it('never throws and keeps every count a capped integer or null on mutated pages (property)', () => {
    // A small real page: the JSON-LD, header, count links and one post cut from the fixture.
    const full = parseHtml(loadFixtureText('x', PROFILE), PROFILE_URL.href);
    const parts = [
      '[data-testid="UserProfileSchema-test"]',
      '[data-testid="UserName"]',
      '[data-testid="UserDescription"]',
      'a[href$="/following"]',
      'a[href$="/verified_followers"]',
    ].map((selector) => full.querySelector(selector)?.outerHTML ?? '');
    const posts = Array.from(full.querySelectorAll('article[data-testid="tweet"]')).slice(1, 2).map((a) => a.outerHTML);
    // Icons, build-hash classes and inline styles play no part in reading; dropping them keeps the
    // parses fast (happy-dom needs ~15 ms for what is left).
    const template = (parts.join('') + posts.join(''))
      .replace(/<svg[\s\S]*?<\/svg>/g, '')
      .replace(/ (class|style)="[^"]*"/g, '');
    expect(template).toContain('14071');
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('14071', '979', '6522', '202 replies', 'badlogicgames', '2025-09-19T10:22:52.000Z'), (s, target) => {
        const result = xReader.read(page(template.split(target).join(s)), PROFILE_URL, NOW);
        // 'unsupported-layout' is what the reader's last-resort catch returns: nothing may get there.
        expect(result.ok || result.reason).not.toBe('unsupported-layout');
        if (result.ok) SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources });
      }),
      { numRuns: 100 },
    );
  });

  it('says not-profile for status pages and other routes', () => {
    const doc = page(header('badlogicgames'));
    expect(xReader.read(doc, new URL('https://x.com/badlogicgames/status/1'), NOW)).toMatchObject({ ok: false, reason: 'not-profile' });
    expect(xReader.read(doc, new URL('https://x.com/home'), NOW)).toMatchObject({ ok: false, reason: 'not-profile' });
  });
});

describe('x reader: captured GraphQL', () => {
  it("rejects a hover card's user that is not the page's creator", () => {
    const result = xReader.readCapture(loadJson('2023-04_graphql_UserByScreenName_legacy.json'), XDEV, NOW);
    expect(result.ok).toBe(false);
    expect(result.creator).toBeNull();
  });

  it('skips retweets, whose counts are the original author’s', () => {
    const result = xReader.readCapture(loadJson('2025-03_graphql_UserTweets_timeline_v2.json'), XDEV, NOW);
    const ids = result.posts.map((p) => p.id);
    // 1897349232258130236 is `RT @…` with legacy.retweeted_status_result (retweet_count 14, favorite_count 0)
    expect(ids).not.toContain('1897349232258130236');
    expect(ids).toContain('1897362060448801025');
  });

  it("rejects another profile's timeline, and finds the owner when the URL names none", () => {
    const timeline = loadJson('2025-03_graphql_UserTweets_timeline_v2.json');
    expect(xReader.readCapture(timeline, PROFILE_URL, NOW)).toMatchObject({ ok: false, posts: [] });
    const endpoint = new URL('https://x.com/i/api/graphql/abc/UserTweets?variables=%7B%7D');
    const result = xReader.readCapture(timeline, endpoint, NOW);
    expect(result.ok).toBe(true);
    expect(result.creator?.handle).toBe('xdevelopers');
    expect(result.posts).toHaveLength(9);
  });

  function timelineOf(items: unknown[]): unknown {
    return {
      data: {
        user: {
          result: {
            __typename: 'User',
            timeline: { timeline: { instructions: [{ type: 'TimelineAddEntries', entries: items.map((content, i) => ({ entryId: `e-${i}`, content })) }] } },
          },
        },
      },
    };
  }

  function realTweet(): Record<string, unknown> {
    const data = loadJson('2026-08_graphql_UserTweets_timeline_no-user-legacy.json') as {
      data: { user: { result: { timeline: { timeline: { instructions: Array<{ type: string; entry?: { content: { itemContent: { tweet_results: { result: Record<string, unknown> } } } } }> } } } } };
    };
    const pin = data.data.user.result.timeline.timeline.instructions.find((i) => i.type === 'TimelinePinEntry');
    return structuredClone(pin!.entry!.content.itemContent.tweet_results.result);
  }

  it('unwraps TweetWithVisibilityResults and skips posts by others and ads', () => {
    const own = realTweet();
    const other = structuredClone(own);
    other.rest_id = '42';
    (other.core as { user_results: { result: { core: { screen_name: string } } } }).user_results.result.core.screen_name = 'someoneelse';
    const promoted = { ...structuredClone(own), rest_id: '43' };
    const result = xReader.readCapture(
      timelineOf([
        { itemContent: { tweet_results: { result: { __typename: 'TweetWithVisibilityResults', tweet: own } } } },
        { items: [{ item: { itemContent: { tweet_results: { result: other } } } }] },
        { itemContent: { promotedMetadata: {}, tweet_results: { result: promoted } } },
      ]),
      XDEV,
      NOW,
    );
    expect(result.ok).toBe(true);
    expect(result.posts.map((p) => p.id)).toEqual(['2019881223666233717']);
    expect(result.posts[0]).toMatchObject({ likes: 5569, shares: 832 + 573, pinned: false });
  });

  it('reads a hostile bio as plain, capped text', () => {
    const user = structuredClone(loadJson('2026-08_graphql_UserByScreenName_no-legacy.json')) as {
      data: { user: { result: { profile_bio: { description: string } } } };
    };
    user.data.user.result.profile_bio.description = `<script>x</script> =HYPERLINK("x") \u202E${'B'.repeat(100_000)} me@example.com`;
    const result = xReader.readCapture(user, XDEV, NOW);
    expect(result.ok).toBe(true);
    expect(result.creator?.bio?.length).toBeLessThanOrEqual(CAPS.bio);
    expect(result.creator?.bio?.startsWith('<script>x</script> =HYPERLINK("x") BBB')).toBe(true);
    expect(() => CreatorSchema.parse(result.creator)).not.toThrow();
  });

  it('parses created_at with its offset', () => {
    expect(parseXCreatedAt('Sat Dec 14 04:35:55 +0000 2013')).toBe('2013-12-14T04:35:55.000Z');
    expect(parseXCreatedAt('Sat Dec 14 04:35:55 -0130 2013')).toBe('2013-12-14T06:05:55.000Z');
    expect(parseXCreatedAt('2013-12-14')).toBeNull();
  });

  describe('properties', () => {
    let tweet: Record<string, unknown>;
    beforeAll(() => {
      tweet = realTweet();
    });

    it('never throws on arbitrary JSON', () => {
      fc.assert(
        fc.property(fc.anything(), (json) => {
          const result = xReader.readCapture(json, XDEV, NOW);
          // 'unreadable response' is what the last-resort catch returns: nothing may get there.
          expect(result.reason).not.toBe('unreadable response');
        }),
        { numRuns: 200 },
      );
    });

    it('keeps counts capped integers or null whatever the user fields hold', () => {
      const base = loadJson('2026-06_graphql_UserByScreenName_core-and-legacy.json');
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (followers, statuses, created, description) => {
          const json = structuredClone(base) as { data: { user: { result: Record<string, Record<string, unknown>> } } };
          const user = json.data.user.result;
          user.legacy!.followers_count = followers;
          user.legacy!.statuses_count = statuses;
          user.core!.created_at = created;
          user.profile_bio!.description = description;
          const result = xReader.readCapture(json, XDEV, NOW);
          if (result.ok) CreatorSchema.parse(result.creator);
        }),
        { numRuns: 200 },
      );
    });

    it('keeps post counts capped integers or null whatever the tweet fields hold', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (likes, retweets, views, text) => {
          const t = structuredClone(tweet) as Record<string, Record<string, unknown>>;
          t.legacy!.favorite_count = likes;
          t.legacy!.retweet_count = retweets;
          t.legacy!.full_text = text;
          t.views = { count: views } as Record<string, unknown>;
          const result = xReader.readCapture(timelineOf([{ itemContent: { tweet_results: { result: t } } }]), XDEV, NOW);
          for (const post of result.posts) PostSchema.parse(post);
        }),
        { numRuns: 200 },
      );
    });
  });
});
