/**
 * YouTube channel reader. The ladder: the page's own data (`ytInitialData` in the server HTML, or a
 * captured `/youtubei/v1/browse` response: the same object), then the rendered header, read only
 * when the data is missing or another channel's. Pure: the document, URL and "now" are passed in.
 * The Videos, Shorts and Live tabs list the latest uploads unless sorted otherwise; Home shows
 * shelves: both of those readings say `postOrder: 'popular'`.
 */
import { asObject, at } from '../../parse/json-path';
import { youtubeProfileRef } from './profile-url';
import { buildCreator } from '../source-ladder';
import type { PlatformReader, ReadFailure, ReadFailureReason, ReadResult } from '../types';
import { readYoutubeCapture } from './capture';
import { jsonLocale, pageLocale } from './locale';
import { readPage } from './page-data';
import { DOM, INITIAL_DATA_NAME } from './paths';
import { readDomHeader } from './sources/dom-header';
import { initialData } from './sources/initial-data';
import { select } from '../page-path';

function fail(reason: ReadFailureReason, tried: string[]): ReadFailure {
  return { ok: false, reason, tried };
}

export const youtubeReader: PlatformReader = {
  platform: 'youtube',
  profileRef: youtubeProfileRef,

  read(doc, url, context): ReadResult {
    const tried: string[] = [];
    try {
      const ref = youtubeProfileRef(url);
      if (ref?.platform !== 'youtube') return fail('not-profile', ['url']);
      tried.push(`json:${INITIAL_DATA_NAME}`);
      // The page-world script's pick of window.ytInitialData, when it gave one: the same data, parsed already.
      const data = asObject(context.pageData) ?? initialData(doc);
      const locale = pageLocale(doc) ?? jsonLocale(data);
      let unreadableChannel = false;
      if (data !== undefined) {
        const page = readPage(data, url, ref, { now: context.now, locale, source: 'json' });
        if (page.kind === 'ok') {
          const creator = buildCreator(page.channel.identity, [page.channel.parts], context.now);
          return { ok: true, creator, posts: page.posts, sources: [`json:${INITIAL_DATA_NAME}`], ...(page.postOrder ? { postOrder: page.postOrder } : {}) };
        }
        tried.push(page.kind === 'other-channel' ? 'json:stale (another channel)' : 'json:no channel header');
        // A header we do not know is a layout change, not a page still loading.
        unreadableChannel = page.kind === 'no-channel' && (at(data, 'header') !== undefined || at(data, 'metadata') !== undefined);
      }
      tried.push('dom:header');
      const dom = readDomHeader(doc, url, ref, locale);
      if (dom) return { ok: true, creator: buildCreator(dom.identity, dom.reading.parts ? [dom.reading.parts] : [], context.now), posts: [], sources: [dom.reading.name] };
      if (select(doc, DOM.consent)) tried.push('consent-page');
      return fail(unreadableChannel ? 'unsupported-layout' : 'not-ready', tried);
    } catch {
      return fail('unsupported-layout', tried);
    }
  },

  readCapture: readYoutubeCapture,
};
