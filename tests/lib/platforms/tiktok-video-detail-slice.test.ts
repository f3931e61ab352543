import { describe, expect, it } from 'vitest';
import { atPath } from '../../../lib/platforms/page-path';
import { JSON_PATHS } from '../../../lib/platforms/tiktok/paths';
import { tiktokPostReader } from '../../../lib/platforms/tiktok/post/reader';
import { readVideoItem } from '../../../lib/platforms/tiktok/post/video-page';
import { collectFeedArticle, sliceVideoDetail } from '../../../lib/platforms/tiktok/post/video-collect';
import { videoDetailData as parseSlice } from '../../../lib/platforms/tiktok/post/video-detail-slice';

/** Cut on the page (video-collect.ts), parsed in the background (video-detail-slice.ts). */
const videoDetailData = (text: string): unknown => parseSlice(sliceVideoDetail(text));
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/**
 * The post reader parses only the `webapp.video-detail` member of a video page's rehydration
 * data, cut out of the text on the page and parsed in the background: on every saved TikTok page
 * that has the block, the member cut out must equal the member of the whole parse, and the post
 * reader must read the same as from the whole.
 */

const BLOCK = 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__';
const pages = fixtureFiles('tiktok').filter((f) => f.endsWith('.html') && parseHtml(loadFixtureText('tiktok', f), 'https://www.tiktok.com/').querySelector(BLOCK));
const videoPages = pages.filter((f) => loadExpectation('tiktok', f).postReader !== undefined);

describe('videoDetailData', () => {
  it('has saved video pages to check', () => {
    expect(videoPages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s: the member cut out equals the whole parse\'s', (file) => {
    const text = parseHtml(loadFixtureText('tiktok', file), 'https://www.tiktok.com/').querySelector(BLOCK)?.textContent ?? '';
    const whole = JSON.parse(text) as { __DEFAULT_SCOPE__?: Record<string, unknown> };
    const detail = whole.__DEFAULT_SCOPE__?.['webapp.video-detail'];
    expect(videoDetailData(text)).toEqual(detail === undefined ? whole : { __DEFAULT_SCOPE__: { 'webapp.video-detail': detail } });
    // Only the member travels when there is one: a tenth of the text or less.
    const slice = sliceVideoDetail(text);
    if (detail === undefined) expect(slice).toEqual({ videoDetail: null, data: text });
    else expect(slice.data === null && slice.videoDetail!.length < text.length / 5).toBe(true);
  });

  it.each(videoPages)('%s: the post reader reads the same as from the whole block', (file) => {
    const expected = loadExpectation('tiktok', file);
    const html = loadFixtureText('tiktok', file);
    const url = new URL(expected.url);
    const context = { now: new Date(expected.now) };
    const doc = parseHtml(html, expected.url);
    const fromSlice = tiktokPostReader.readPostPage(doc, url, context);
    expect(fromSlice.ok).toBe(true);
    const whole: unknown = JSON.parse(doc.querySelector(BLOCK)?.textContent ?? '');
    const read = readVideoItem(atPath(whole, JSON_PATHS.universalVideoItem), context.now);
    // The feed's "Paid partnership" chip is read from the DOM beside the item, slice or whole.
    const post = read && { ...read.post, sponsored: read.post.sponsored || (collectFeedArticle(doc, read.post.id)?.sponsoredTag ?? false) };
    expect(fromSlice).toMatchObject({ postId: read?.post.id, author: read?.author, post });
  });

  it('cuts the member out however it is spaced, and parses the whole block when it is not an object to cut out', () => {
    const detail = { itemInfo: { itemStruct: { id: '1' } } };
    // Spaces around the colon: cut out all the same.
    const spaced = `{"__DEFAULT_SCOPE__": {"webapp.video-detail": ${JSON.stringify(detail)}, "other": {"a": 1}}}`;
    expect(videoDetailData(spaced)).toEqual({ __DEFAULT_SCOPE__: { 'webapp.video-detail': detail } });
    // Only inside a string: not a member.
    const quoted = `{"s":"\\"webapp.video-detail\\":{","__DEFAULT_SCOPE__":{}}`;
    expect(videoDetailData(quoted)).toEqual(JSON.parse(quoted));
    const notObject = `{"__DEFAULT_SCOPE__":{"webapp.video-detail":[1]}}`;
    expect(videoDetailData(notObject)).toEqual(JSON.parse(notObject));
    expect(videoDetailData('{"webapp.video-detail":{"unclosed":')).toBeUndefined();
    expect(videoDetailData('')).toBeUndefined();
  });
});
