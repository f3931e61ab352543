/**
 * YouTube channel reader. The ladder: the page's own data (`ytInitialData` in the server HTML, or a
 * captured `/youtubei/v1/browse` response: the same object), then the rendered header, read only
 * when the data is missing or another channel's. Pure: the document, URL and "now" are passed in.
 * The Videos, Shorts and Live tabs list the latest uploads unless sorted otherwise; Home shows
 * shelves: both of those readings say `postOrder: 'popular'`.
 */
import { asObject } from '../../parse/json-path';
import { youtubeProfileRef } from './profile-url';
import { buildCreator } from '../source-ladder';
import type { PlatformReader, ReadFailure, ReadFailureReason, ReadResult } from '../types';
import { readYoutubeCapture } from './capture';
import { jsonLocale, pageLocale } from './locale';
import { readChannelData } from './page-data-reading';
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
      // null: the background has read the page-world script's pick already and found no reading
      // of this channel in it; only the rendered page is left to read here.
      const data = context.pageData === null ? undefined : (asObject(context.pageData) ?? initialData(doc));
      if (context.pageData !== null) tried.push(`json:${INITIAL_DATA_NAME}`);
      const locale = pageLocale(doc) ?? jsonLocale(data);
      let unreadableChannel = false;
      if (data !== undefined) {
        const page = readChannelData(data, url, ref, context.now, locale);
        if (page.ok) return page;
        tried.push(page.tried);
        unreadableChannel = page.unknownLayout;
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
