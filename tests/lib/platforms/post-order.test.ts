/**
 * Pages that list a selection of posts (X logged out, a sorted grid, YouTube's Home shelves) say so
 * with `postOrder: 'popular'`, so that cadence and recency are not computed from them. Checked on
 * every saved page, and on saved pages switched to another sort the way a visitor would.
 */
import { describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../../lib/cli/vet-assemble';
import { PLATFORMS, type Platform } from '../../../lib/contracts/creator';
import { mergeSnapshots } from '../../../lib/platforms/merge';
import { READERS } from '../../../lib/platforms/readers';
import type { ReadResult, ReadSuccess } from '../../../lib/platforms/types';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The saved pages that show a selection; every other page that reads shows the latest posts. */
const SELECTIONS = new Set([
  // Logged out: X shows popular posts, dated out of order.
  'x/2025-11_profile_rendered-dom_en-GB_badlogicgames.html',
  // The Home tab: shelves the channel picked.
  'youtube/2018-01_channel-home_rendered-dom_es_polymer.html',
  'youtube/2024-01_channel-home_html_es-ES_c4TabbedHeader.html',
]);

function readFixture(platform: Platform, file: string, change?: (doc: Document) => void, url?: string): ReadResult {
  const expected = loadExpectation(platform, file);
  const doc = parseHtml(loadFixtureText(platform, file), expected.url);
  change?.(doc);
  return READERS[platform].read(doc, new URL(url ?? expected.url), { now: new Date(expected.now) });
}

function readJson(platform: Platform, file: string, change: (data: Json) => void): ReadResult {
  const expected = loadExpectation(platform, file);
  const data = JSON.parse(loadFixtureText(platform, file)) as Json;
  change(data);
  const script = `<script>var ytInitialData = ${JSON.stringify(data)};</script>`;
  return READERS[platform].read(parseHtml(`<html lang="en"><body>${script}</body></html>`, expected.url), new URL(expected.url), { now: new Date(expected.now) });
}

function ok(result: ReadResult): ReadSuccess {
  if (!result.ok) throw new Error(`expected a reading, got ${result.reason}`);
  return result;
}

describe('postOrder on every saved page', () => {
  const pages = PLATFORMS.flatMap((platform) =>
    fixtureFiles(platform)
      .filter((file) => file.endsWith('.html') && loadExpectation(platform, file).expect.ok)
      .map((file) => [`${platform}/${file}`, platform, file] as const),
  );

  it.each(pages)('%s', (name, platform, file) => {
    expect(ok(readFixture(platform, file)).postOrder).toBe(SELECTIONS.has(name) ? 'popular' : undefined);
  });

  it('covers every selection listed', () => {
    expect(pages.map(([name]) => name)).toEqual(expect.arrayContaining([...SELECTIONS]));
  });
});

describe('X: which page generation gives a timeline', () => {
  const PROFILE = '2025-11_profile_rendered-dom_en-GB_badlogicgames.html';

  it('the logged-out profile lists its posts out of date order (a selection)', () => {
    const dates = ok(readFixture('x', PROFILE)).posts.filter((p) => !p.pinned).map((p) => Date.parse(p.publishedAt ?? ''));
    expect(dates.some((date, i) => i > 0 && date > (dates[i - 1] as number) + 365 * 86_400_000)).toBe(true);
  });

  it('is read as the timeline once the logged-out bar is gone, and the Highlights tab as a selection', () => {
    const loggedIn = (doc: Document) => doc.querySelectorAll('[data-testid="BottomBar"], a[data-testid="login"]').forEach((el) => el.remove());
    expect(ok(readFixture('x', PROFILE, loggedIn)).postOrder).toBeUndefined();
    expect(ok(readFixture('x', PROFILE, loggedIn, 'https://x.com/badlogicgames/highlights')).postOrder).toBe('popular');
  });

  it.each(fixtureFiles('x').filter((file) => file.includes('UserTweets')))('%s is a timeline: newest first after the pin', (file) => {
    const expected = loadExpectation('x', file);
    const capture = READERS.x.readCapture(JSON.parse(loadFixtureText('x', file)), new URL(expected.url), { now: new Date(expected.now) });
    const dates = capture.posts.filter((p) => !p.pinned).map((p) => Date.parse(p.publishedAt ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    // Only a self-thread in a conversation module runs forward, its replies seconds after the post.
    for (let i = 1; i < dates.length; i++) expect((dates[i] as number) - (dates[i - 1] as number)).toBeLessThan(3_600_000);
  });

  it('a chronological UserTweets capture does not turn a selection into a timeline', () => {
    const page = ok(readFixture('x', PROFILE));
    const expected = loadExpectation('x', '2026-08_graphql_UserTweets_timeline_no-user-legacy.json');
    const timeline = READERS.x.readCapture(JSON.parse(loadFixtureText('x', '2026-08_graphql_UserTweets_timeline_no-user-legacy.json')), new URL('https://x.com/badlogicgames'), { now: new Date(expected.now) });
    expect(mergeSnapshots(page, timeline).postOrder).toBe('popular');
  });

  it('vet keeps the page reading’s order', () => {
    const expected = loadExpectation('x', PROFILE);
    const assembled = assembleSnapshot([{ name: PROFILE, kind: 'html', doc: parseHtml(loadFixtureText('x', PROFILE), expected.url) }], new URL(expected.url), new Date(expected.now));
    expect(assembled.ok && assembled.snapshot.postOrder).toBe('popular');
  });
});

describe('TikTok: a grid sorted by the visitor', () => {
  const sortBy = (index: number) => (doc: Document) =>
    doc.querySelectorAll('#user-post-sort-control button').forEach((button, i) => button.setAttribute('data-active', String(i === index)));

  it.each([
    ['2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html', 'Latest / Popular / Oldest'],
    ['2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html', 'Récents / Populaire / La plus ancienne'],
  ])('%s (%s): the first choice is the latest, the others are not', (file) => {
    expect(ok(readFixture('tiktok', file, sortBy(0))).postOrder).toBeUndefined();
    expect(ok(readFixture('tiktok', file, sortBy(1))).postOrder).toBe('popular');
    expect(ok(readFixture('tiktok', file, sortBy(2))).postOrder).toBe('popular');
  });
});

describe('YouTube: the sort chosen on a Videos, Shorts or Live tab', () => {
  const selectedTab = (data: Json): Json => (data.contents.twoColumnBrowseResultsRenderer.tabs as Json[]).map((t) => t.tabRenderer).find((t) => t?.selected);

  it('chip cloud (2023-03 to 2026-01): "Popular" or "Oldest" is a selection', () => {
    const choose = (index: number) => (data: Json) =>
      (selectedTab(data).content.richGridRenderer.header.feedFilterChipBarRenderer.contents as Json[]).forEach((chip, i) => (chip.chipCloudChipRenderer.isSelected = i === index));
    const file = '2023-07_browse-videos_en-GB_c4TabbedHeader_richGrid_vsauce.json';
    expect(ok(readJson('youtube', file, choose(0))).postOrder).toBeUndefined();
    expect(ok(readJson('youtube', file, choose(1))).postOrder).toBe('popular');
    expect(ok(readJson('youtube', file, choose(2))).postOrder).toBe('popular');
  });

  it('chip bar view model (2026-01 to 2026-05): the same, and no chip chosen is the default, Latest', () => {
    const choose = (index: number) => (data: Json) =>
      (selectedTab(data).content.richGridRenderer.header.chipBarViewModel.chips as Json[]).forEach((chip, i) => (chip.chipViewModel.selected = i === index));
    const file = '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json';
    expect(ok(readJson('youtube', file, choose(-1))).postOrder).toBeUndefined();
    expect(ok(readJson('youtube', file, choose(1))).postOrder).toBe('popular');
  });

  it('sort menu (2021): "Most popular" or "Date added (oldest)" is a selection', () => {
    const choose = (title: string) => (data: Json) =>
      (selectedTab(data).content.sectionListRenderer.subMenu.channelSubMenuRenderer.sortSetting.sortFilterSubMenuRenderer.subMenuItems as Json[]).forEach((item) => (item.selected = item.title === title));
    const file = '2021-07_browse-videos_en-GB_c4TabbedHeader_gridVideoRenderer_vsauce.json';
    expect(ok(readJson('youtube', file, choose('Date added (newest)'))).postOrder).toBeUndefined();
    expect(ok(readJson('youtube', file, choose('Most popular'))).postOrder).toBe('popular');
    expect(ok(readJson('youtube', file, choose('Date added (oldest)'))).postOrder).toBe('popular');
  });
});
