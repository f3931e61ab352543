import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../../lib/cli/vet-assemble';
import type { Platform } from '../../../lib/contracts/creator';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';
import { backgroundOn } from './post-background';
import { readPostFixture } from './post-fixtures';

const T0 = new Date('2026-01-27T12:00:00.000Z');
const DAY = 86_400_000;
const ILLOJUAN_VIDEO = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
const X_THREAD = '2025-03_graphql_TweetDetail_threaded-conversation_legacy-users.json';
const CONNOR_WATCH = '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json';

async function submit(background: ReturnType<typeof backgroundOn>, platform: Platform, file: string, tabId: number) {
  const pageUrl = loadExpectation(platform, file).url;
  const reading = readPostFixture(platform, file, T0);
  const from = file.endsWith('.json') ? 'capture' : 'page';
  expect(await background.route({ type: 'post/submit', pageUrl, from, reading }, background.contentOn(pageUrl, tabId))).toMatchObject({ ok: true });
}

/** illojuan's video and xdevelopers' thread read at T0; illojuan saved to the shortlist from their profile. */
async function twoCreators(factory: IDBFactory) {
  const background = backgroundOn(factory, T0);
  await submit(background, 'tiktok', ILLOJUAN_VIDEO, 7);
  await submit(background, 'x', X_THREAD, 8);
  const profileUrl = 'https://www.tiktok.com/@illojuan';
  const profile = assembleSnapshot([{ name: 'profile', kind: 'html', doc: parseHtml(loadFixtureText('tiktok', '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html'), '') }], new URL(profileUrl), T0);
  if (!profile.ok) throw new Error(profile.message);
  await background.route({ type: 'snapshot/submit', pageUrl: profileUrl, snapshot: profile.snapshot }, background.contentOn(profileUrl, 9));
  const state = await background.tabs.get(9);
  if (state?.status !== 'ready') throw new Error('no report');
  const shortlist = await background.open();
  await shortlist.save(state.report, { now: T0 });
  expect(await shortlist.evidence.get('x:xdevelopers')).not.toBeNull();
  shortlist.close();
  return background;
}

describe('post-page evidence is kept by the shortlist rule', () => {
  it('"Clear browsing history" removes the evidence of creators not on the shortlist and keeps the shortlisted ones', async () => {
    const factory = new IDBFactory();
    const shortlist = await (await twoCreators(factory)).open();
    await shortlist.browsing.clear();
    expect(await shortlist.evidence.get('x:xdevelopers')).toBeNull();
    expect((await shortlist.evidence.get('tiktok:illojuan'))?.posts.map((p) => p.id)).toEqual(['7571863205253778710']);
    shortlist.close();
  });

  it('a post page read more than 30 days later prunes the evidence of creators not on the shortlist', async () => {
    const factory = new IDBFactory();
    await twoCreators(factory);
    const later = backgroundOn(factory, new Date(T0.getTime() + 31 * DAY));
    await submit(later, 'youtube', CONNOR_WATCH, 10);
    const shortlist = await later.open();
    expect(await shortlist.evidence.get('x:xdevelopers')).toBeNull();
    expect(await shortlist.evidence.get('tiktok:illojuan')).not.toBeNull();
    expect(await shortlist.evidence.get('youtube:connor.craftt')).not.toBeNull();
    shortlist.close();
  });
});
