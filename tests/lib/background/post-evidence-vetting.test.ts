/**
 * The background joins a creator's post pages into the next vetting of their profile exactly as
 * `vet` joins post pages given as further files: the same posts, counts and comment signals, from
 * the same saved pages read by the same readers.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import type { Platform } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';
import { backgroundOn } from './post-background';
import { readPostFixture } from './post-fixtures';

const AT = new Date('2026-01-26T12:00:00.000Z');

/** A post file as the content script on its page sends it: from the page itself for HTML, a capture for JSON. */
interface PostFile {
  platform: Platform;
  file: string;
  /** The post page it was fetched on, where its saved address is not one. */
  pageUrl?: string;
}

function inputOf({ platform, file }: PostFile): InputFile {
  const text = loadFixtureText(platform, file);
  return file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, '') };
}

type Background = ReturnType<typeof backgroundOn>;

/** Each post file submitted from tab 7, on its own page, as its content script sends it. */
async function submitPosts(route: Background['route'], contentOn: Background['contentOn'], postFiles: PostFile[]): Promise<void> {
  for (const post of postFiles) {
    const pageUrl = post.pageUrl ?? loadExpectation(post.platform, post.file).url;
    const from = post.file.endsWith('.json') ? 'capture' : 'page';
    expect(await route({ type: 'post/submit', pageUrl, from, reading: readPostFixture(post.platform, post.file, AT) }, contentOn(pageUrl, 7)), post.file).toMatchObject({ ok: true });
  }
}

/** `vet` on all the files, commenters keyed with this install's key. */
async function vetAll(open: Background['open'], profileUrl: string, files: PostFile[]): Promise<VettingReport> {
  const shortlist = await open();
  const installKey = await shortlist.evidence.installKey();
  shortlist.close();
  const all = assembleSnapshot(files.map(inputOf), new URL(profileUrl), AT, installKey);
  if (!all.ok) throw new Error(all.message);
  return vet({ snapshot: all.snapshot, brief: DEFAULT_BRIEF, history: [], now: AT, evidence: all.evidence });
}

/**
 * Submit the post files in a tab on their pages, then the profile's snapshot in another tab; the
 * report the background keeps for that tab, and the one `vet` gives for all the files.
 */
async function background_vs_vet(profileUrl: string, profileFiles: PostFile[], postFiles: PostFile[]): Promise<{ background: VettingReport; cli: VettingReport; route: ReturnType<typeof backgroundOn>['route'] }> {
  const factory = new IDBFactory();
  const { route, tabs, open, contentOn } = backgroundOn(factory, AT);
  await submitPosts(route, contentOn, postFiles);
  const profile = assembleSnapshot(profileFiles.map(inputOf), new URL(profileUrl), AT);
  if (!profile.ok) throw new Error(profile.message);
  expect(profile.evidence).toBeNull();
  expect(await route({ type: 'snapshot/submit', pageUrl: profileUrl, snapshot: profile.snapshot }, contentOn(profileUrl, 8))).toEqual({ ok: true });
  const state = await tabs.get(8);
  if (state?.status !== 'ready') throw new Error(`no report: ${JSON.stringify(state)}`);

  return { background: state.report, cli: await vetAll(open, profileUrl, [...profileFiles, ...postFiles]), route };
}

describe("the next vetting of a creator's profile joins their post pages as `vet` does", () => {
  it('YouTube: a video opened on its watch page gives the channel its engagement by views; its comment pages give the comment signals', async () => {
    const { background, cli } = await background_vs_vet(
      'https://www.youtube.com/@kurzgesagt',
      [],
      [
        { platform: 'youtube', file: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
        { platform: 'youtube', file: '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json' },
        { platform: 'youtube', file: '2026-01_next-comments_en-GB_commentEntityPayload_pinned_kurzgesagt.json' },
      ],
    );
    // The watch page: 18.567.581 Aufrufe, 469.694 likes, 19.783 Kommentare (its expected file).
    expect(background.snapshot.posts.find((p) => p.id === 'QqsLTNkzvaY')).toMatchObject({ views: 18_567_581, likes: 469_694, comments: 19_783 });
    expect(background.metrics.engagement.byViews?.median).toBeCloseTo((469_694 + 19_783) / 18_567_581, 12);
    expect(background.postEvidence).toMatchObject({ postsFromPostPages: 1, comments: { sampled: 19, posts: 1 } });
    expect(background.postEvidence).toEqual(cli.postEvidence);
    expect(background.metrics.engagement).toEqual(cli.metrics.engagement);
    expect(background.authenticity).toEqual(cli.authenticity);
    expect(background.snapshot.posts).toEqual(cli.snapshot.posts);
  });

  it("TikTok: a video page of the creator adds its counts to the profile's posts", async () => {
    const { background, cli } = await background_vs_vet(
      'https://www.tiktok.com/@illojuan',
      [{ platform: 'tiktok', file: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' }],
      [{ platform: 'tiktok', file: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' }],
    );
    expect(background.postEvidence.postsFromPostPages).toBe(1);
    expect(background.snapshot.posts.find((p) => p.id === '7571863205253778710')).toMatchObject({ likes: 25_500, comments: 146, views: 192_100 });
    expect(background.postEvidence).toEqual(cli.postEvidence);
    expect(background.metrics).toEqual(cli.metrics);
    expect(background.snapshot.posts).toEqual(cli.snapshot.posts);
  });

  it("Instagram: a reel's own response with its comments", async () => {
    const { background, cli } = await background_vs_vet(
      'https://www.instagram.com/ones_makau/',
      [],
      // Saved from its ?__a=1 address; in the browser it is the response the reel's page fetches.
      [{ platform: 'instagram', file: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json', pageUrl: 'https://www.instagram.com/reel/DFp17y5MymE/' }],
    );
    expect(background.postEvidence.comments.sampled).toBeGreaterThan(0);
    expect(background.postEvidence).toEqual(cli.postEvidence);
    expect(background.authenticity).toEqual(cli.authenticity);
    expect(background.snapshot.posts).toEqual(cli.snapshot.posts);
  });

  it("the overlay of the post's tab compares the post with the medians of that report", async () => {
    const videoUrl = 'https://www.tiktok.com/@illojuan/video/7571863205253778710';
    const { background, route } = await background_vs_vet(
      'https://www.tiktok.com/@illojuan',
      [{ platform: 'tiktok', file: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' }],
      [{ platform: 'tiktok', file: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' }],
    );
    const overlay = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/overlay.html', tab: { id: 7 }, frameId: 3 };
    const mounted = await route({ type: 'overlay/mount' }, { id: overlay.id, url: videoUrl, tab: { id: 7, url: videoUrl }, frameId: 0 });
    if (!mounted.ok || !('token' in mounted)) throw new Error('no token');
    await route({ type: 'overlay/connect', token: mounted.token }, overlay);
    const answer = await route({ type: 'overlay/post', token: mounted.token }, overlay);
    if (!answer.ok || !('view' in answer)) throw new Error(JSON.stringify(answer));
    const { view } = answer;
    expect(view.verdict).toEqual({ verdict: background.fit.verdict, summary: background.fit.summary, score: background.fit.score, confidence: background.confidence.level, computedAt: background.computedAt });
    const video = background.snapshot.posts.find((p) => p.id === '7571863205253778710')!;
    const interactions = (video.likes ?? 0) + (video.comments ?? 0) + (video.shares ?? 0);
    expect(view.interactions.post).toBe(interactions);
    // The report's own median interactions, over the same eligible posts.
    expect(view.interactions.median).toBe(background.metrics.engagement.medianInteractions);
    expect(view.interactions.multiple).toBeCloseTo(interactions / background.metrics.engagement.medianInteractions!, 12);
    expect(view.views).toMatchObject({ post: 192_100, median: background.metrics.medianViews });
    expect(view.profileUrl).toBe(background.snapshot.creator.profileUrl);
  });
});

describe('a profile open in a tab is vetted again when a post page of its creator is read', () => {
  /** The profile's snapshot in tab 8 first, then the post files from tab 7: tab 8's report, and the one `vet` gives for all the files. */
  async function profileThenPosts(profileUrl: string, profileFiles: PostFile[], postFiles: PostFile[]) {
    const factory = new IDBFactory();
    const { route, tabs, open, contentOn } = backgroundOn(factory, AT);
    const profile = assembleSnapshot(profileFiles.map(inputOf), new URL(profileUrl), AT);
    if (!profile.ok) throw new Error(profile.message);
    expect(await route({ type: 'snapshot/submit', pageUrl: profileUrl, snapshot: profile.snapshot }, contentOn(profileUrl, 8))).toEqual({ ok: true });
    const before = await tabs.get(8);
    if (before?.status !== 'ready') throw new Error(`no report: ${JSON.stringify(before)}`);
    await submitPosts(route, contentOn, postFiles);
    const after = await tabs.get(8);
    if (after?.status !== 'ready') throw new Error(`no report: ${JSON.stringify(after)}`);
    return { before, after, cli: await vetAll(open, profileUrl, [...profileFiles, ...postFiles]), tabs };
  }

  it("TikTok: the open profile's report gains the video's counts and an engagement rate, as `vet` gives for both files", async () => {
    const { before, after, cli } = await profileThenPosts(
      'https://www.tiktok.com/@illojuan',
      [{ platform: 'tiktok', file: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' }],
      [{ platform: 'tiktok', file: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' }],
    );
    expect(before.report.postEvidence.postsFromPostPages).toBe(0);
    expect(before.report.metrics.engagementRate).toBeNull();
    expect(after.pageUrl).toBe(before.pageUrl);
    expect(after.report.snapshot.posts.find((p) => p.id === '7571863205253778710')).toMatchObject({ likes: 25_500, comments: 146, views: 192_100 });
    expect(after.report.postEvidence).toEqual(cli.postEvidence);
    expect(after.report.metrics).toEqual(cli.metrics);
    expect(after.report.snapshot.posts).toEqual(cli.snapshot.posts);
  });

  it("YouTube: the open channel's report gains the video's engagement by views and, from its comment pages, the comment sample", async () => {
    const { after, cli } = await profileThenPosts(
      'https://www.youtube.com/@kurzgesagt',
      [],
      [
        { platform: 'youtube', file: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
        { platform: 'youtube', file: '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json' },
        { platform: 'youtube', file: '2026-01_next-comments_en-GB_commentEntityPayload_pinned_kurzgesagt.json' },
      ],
    );
    expect(after.report.postEvidence).toMatchObject({ postsFromPostPages: 1, comments: { sampled: 19, posts: 1 } });
    expect(after.report.postEvidence).toEqual(cli.postEvidence);
    expect(after.report.metrics.engagement).toEqual(cli.metrics.engagement);
    expect(after.report.authenticity).toEqual(cli.authenticity);
  });

  it("TikTok @oddanimalspecimens, every file of one scraper run: the open profile's report gains the video's own counts and its comment sample", async () => {
    const videoUrl = 'https://www.tiktok.com/@oddanimalspecimens/video/7198206283571285294';
    const { before, after, cli } = await profileThenPosts(
      'https://www.tiktok.com/@oddanimalspecimens',
      [
        { platform: 'tiktok', file: '2026-01_userInfo-extracted_scrapfly.json' },
        { platform: 'tiktok', file: '2026-01_item_list-subset_scrapfly.json' },
      ],
      [
        { platform: 'tiktok', file: '2026-01_video-detail-itemStruct_derived-subset_scrapfly.json', pageUrl: videoUrl },
        { platform: 'tiktok', file: '2026-01_comment-list_derived-subset_scrapfly.json', pageUrl: videoUrl },
      ],
    );
    // The video is not among the 53 of the post list: its own item brings it, with its expected file's counts.
    expect(before.report.snapshot.posts.some((p) => p.id === '7198206283571285294')).toBe(false);
    expect(after.report.snapshot.posts.find((p) => p.id === '7198206283571285294')).toMatchObject({ likes: 1_500_000, comments: 4572, views: 15_000_000, shares: 13_000, saves: 97_723 });
    expect(after.report.postEvidence).toMatchObject({ postsFromPostPages: 1, comments: { sampled: 20, posts: 1 } });
    // 20 comments of 1 video: every comment signal is computed and says what it still needs.
    expect(after.report.postEvidence.comments.signals.length).toBeGreaterThan(0);
    expect(after.report.postEvidence.comments).toEqual(cli.postEvidence.comments);
    expect(after.report.snapshot.posts.find((p) => p.id === '7198206283571285294')).toEqual(cli.snapshot.posts.find((p) => p.id === '7198206283571285294'));
  });

  it('leaves alone a tab showing another creator, and one that has moved on to another page', async () => {
    const factory = new IDBFactory();
    const { route, tabs, contentOn } = backgroundOn(factory, AT);
    const profileUrl = 'https://www.tiktok.com/@illojuan';
    const profile = assembleSnapshot([inputOf({ platform: 'tiktok', file: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' })], new URL(profileUrl), AT);
    if (!profile.ok) throw new Error(profile.message);
    expect(await route({ type: 'snapshot/submit', pageUrl: profileUrl, snapshot: profile.snapshot }, contentOn(profileUrl, 8))).toEqual({ ok: true });
    expect(await route({ type: 'snapshot/submit', pageUrl: profileUrl, snapshot: profile.snapshot }, contentOn(profileUrl, 9))).toEqual({ ok: true });
    expect(await route({ type: 'page/left' }, contentOn(profileUrl, 9))).toEqual({ ok: true });
    const other = assembleSnapshot([], new URL('https://www.youtube.com/@kurzgesagt'), AT);
    if (!other.ok) throw new Error(other.message);
    expect(await route({ type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@kurzgesagt', snapshot: other.snapshot }, contentOn('https://www.youtube.com/@kurzgesagt', 10))).toEqual({ ok: true });
    const otherBefore = await tabs.get(10);

    const videoFile = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
    const videoUrl = loadExpectation('tiktok', videoFile).url;
    expect(await route({ type: 'post/submit', pageUrl: videoUrl, from: 'page', reading: readPostFixture('tiktok', videoFile, AT) }, contentOn(videoUrl, 7))).toMatchObject({ ok: true });

    expect(await tabs.get(8)).toMatchObject({ status: 'ready', report: { postEvidence: { postsFromPostPages: 1 } } });
    expect(await tabs.get(9)).toBeNull();
    expect(await tabs.get(10)).toEqual(otherBefore);
    // The post's own tab shows a post, not a profile: it gets no profile state.
    expect(await tabs.get(7)).toBeNull();
  });
});
