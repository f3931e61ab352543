/**
 * Instagram profile reader: the page collected (page-collect.ts, DOM access only) and the
 * collection read (page-extract-reading.ts, where the ladder of sources is). A content script runs
 * only the first step on the page and the background the second; Node and the tests run both here.
 */
import type { PlatformReader, ReadContext, ReadResult } from '../types';
import { readInstagramCapture } from './capture';
import { collectInstagramPage, type InstagramPageExtract } from './page-collect';
import { readInstagramPageExtract } from './page-extract-reading';
import { instagramProfileRef } from './profile-url';

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  let extract: InstagramPageExtract;
  try {
    extract = collectInstagramPage(doc, url);
  } catch {
    // A page whose DOM throws at us is a layout we do not know, as the reader has always said.
    return { ok: false, reason: 'unsupported-layout', tried: [] };
  }
  return readInstagramPageExtract(extract, url, context);
}

export const instagramReader: PlatformReader = {
  platform: 'instagram',
  profileRef: instagramProfileRef,
  read,
  readCapture: readInstagramCapture,
};
