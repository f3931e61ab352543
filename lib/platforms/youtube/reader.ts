/**
 * YouTube channel reader. The ladder: the page's own data (`ytInitialData` in the server HTML, or a
 * captured `/youtubei/v1/browse` response: the same object), then the rendered header, read only
 * when the data is missing or another channel's. Pure: the document, URL and "now" are passed in.
 * The Videos, Shorts and Live tabs list the latest uploads unless sorted otherwise; Home shows
 * shelves: both of those readings say `postOrder: 'popular'`.
 *
 * In two steps: what the page holds, collected as plain strings (page-collect.ts, the step that runs
 * on the page's thread), then read (page-extract-reading.ts, the step the background runs on what a
 * content script collected).
 */
import { isObject } from '../../parse/json-path';
import { youtubeProfileRef } from './profile-url';
import type { PlatformReader, ReadContext, ReadResult } from '../types';
import { readYoutubeCapture } from './capture';
import { collectYoutubePage, type YoutubePageExtract } from './page-collect';
import { readYoutubePageExtract } from './page-extract-reading';

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  let page: YoutubePageExtract;
  try {
    // The data is given (an object, or null: read already) or is looked for in the script text.
    page = collectYoutubePage(doc, url, context.pageData === null || isObject(context.pageData) ? null : undefined);
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried: ['page (uncollectable)'] };
  }
  return readYoutubePageExtract(page, url, context);
}

export const youtubeReader: PlatformReader = {
  platform: 'youtube',
  profileRef: youtubeProfileRef,
  read,
  readCapture: readYoutubeCapture,
};
