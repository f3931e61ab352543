/**
 * The YouTube channel reader's reading of what a page gave: its data (the page-world script's pick,
 * or the script text collected) and then its rendered header (page-collect.ts), everything but the
 * DOM access, for the background worker. The extract comes from the page, which can forge any of
 * it: the background takes it through YoutubePageExtractSchema (page-extract-schema.ts, apart so that
 * the reader brings no zod), and the reading trusts no string in it (the data and the header must
 * name the address's channel; every count and date is parsed and capped as when reading the page).
 */
import { asObject } from '../../parse/json-path';
import { buildCreator } from '../source-ladder';
import type { ReadContext, ReadFailure, ReadFailureReason, ReadResult } from '../types';
import { jsonLocale } from './locale';
import { normalizeLocale } from './locale-tag';
import type { YoutubePageExtract } from './page-collect';
import { readChannelData } from './page-data-reading';
import { INITIAL_DATA_NAME } from './paths';
import { youtubeProfileRef } from './profile-url';
import { readDomHeader } from './sources/dom-header';
import { initialDataIn } from './sources/initial-data';

function fail(reason: ReadFailureReason, tried: string[]): ReadFailure {
  return { ok: false, reason, tried };
}

/**
 * The reading of the channel at `url` from its page's extract. The ladder: the page's data (the
 * object in `context.pageData` when given, else the extract's script text), then the rendered
 * header, read only when the data is missing or another channel's. `context.pageData` null, or an
 * extract without scripts: the background has read the pick already and found no reading of this
 * channel in it; only the rendered header is left to read.
 */
export function readYoutubePageExtract(page: YoutubePageExtract, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  try {
    const ref = youtubeProfileRef(url);
    if (ref?.platform !== 'youtube') return fail('not-profile', ['url']);
    const given = context.pageData !== undefined ? context.pageData : page.scripts === null ? null : undefined;
    const data = given === null ? undefined : (asObject(given) ?? initialDataIn(page.scripts ?? []));
    if (given !== null) tried.push(`json:${INITIAL_DATA_NAME}`);
    const locale = normalizeLocale(page.lang) ?? normalizeLocale(page.configHl) ?? jsonLocale(data);
    let unreadableChannel = false;
    if (data !== undefined) {
      const read = readChannelData(data, url, ref, context.now, locale);
      if (read.ok) return read;
      tried.push(read.tried);
      unreadableChannel = read.unknownLayout;
    }
    tried.push('dom:header');
    const dom = readDomHeader(page.dom, url, ref, locale);
    if (dom) return { ok: true, creator: buildCreator(dom.identity, dom.reading.parts ? [dom.reading.parts] : [], context.now), posts: [], sources: [dom.reading.name] };
    if (page.dom.consent) tried.push('consent-page');
    return fail(unreadableChannel ? 'unsupported-layout' : 'not-ready', tried);
  } catch {
    return fail('unsupported-layout', tried);
  }
}
