import { describe, expect, it } from 'vitest';
import { tiktokPostReader } from '../../../lib/platforms/tiktok/post/reader';
import { videoDetailData } from '../../../lib/platforms/tiktok/post/video-detail-slice';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/**
 * The post reader parses only the `webapp.video-detail` member of a video page's rehydration
 * data: on every saved TikTok page that has the block, the member cut out must equal the member of
 * the whole parse, and the post reader must read the same as from the whole.
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
  });

  it.each(videoPages)('%s: the post reader reads the same as from the whole block', (file) => {
    const expected = loadExpectation('tiktok', file);
    const html = loadFixtureText('tiktok', file);
    const url = new URL(expected.url);
    const context = { now: new Date(expected.now) };
    const fromSlice = tiktokPostReader.readPostPage(parseHtml(html, expected.url), url, context);
    expect(fromSlice.ok).toBe(true);
    // The same page with the block reduced to what the whole parse holds, re-serialized: no other member left to cut around.
    const doc = parseHtml(html, expected.url);
    const script = doc.querySelector(BLOCK)!;
    const whole = JSON.parse(script.textContent ?? '') as { __DEFAULT_SCOPE__: Record<string, unknown> };
    script.textContent = JSON.stringify(whole, null, 1);
    expect(tiktokPostReader.readPostPage(doc, url, context)).toEqual(fromSlice);
  });

  it('parses the whole block when the member cannot be cut cleanly', () => {
    const detail = { itemInfo: { itemStruct: { id: '1' } } };
    const twice = `{"a":{"webapp.video-detail":{"x":1}},"__DEFAULT_SCOPE__":{"webapp.video-detail":${JSON.stringify(detail)}}}`;
    expect(videoDetailData(twice)).toEqual(JSON.parse(twice));
    const spaced = `{"__DEFAULT_SCOPE__": {"webapp.video-detail": ${JSON.stringify(detail)}}}`;
    expect(videoDetailData(spaced)).toEqual(JSON.parse(spaced));
    // Only inside a string: not a member.
    const quoted = `{"s":"\\"webapp.video-detail\\":{","__DEFAULT_SCOPE__":{}}`;
    expect(videoDetailData(quoted)).toEqual(JSON.parse(quoted));
    expect(videoDetailData('{"webapp.video-detail":{"unclosed":')).toBeUndefined();
    expect(videoDetailData('')).toBeUndefined();
  });
});
