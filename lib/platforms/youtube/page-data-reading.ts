/**
 * The first rung of the channel reader on its own: a channel's page data (`ytInitialData`, or the
 * page-world script's pick of it) read into a reading of the channel in the URL. The reader calls
 * it on the page's own data in Node and `vet`; the background calls it on the pick a content script
 * hands over, so that the page's thread neither compiles nor runs the JSON reader and text parsers.
 */
import { at } from '../../parse/json-path';
import type { ProfileRef } from '../profile-ref';
import { buildCreator } from '../source-ladder';
import type { ReadSuccess } from '../types';
import { jsonLocale } from './locale';
import { readPage } from './page-data';
import { INITIAL_DATA_NAME } from './paths';

/** No reading of the channel in the URL: why, for `tried`, and whether the data's header is one we do not know (a layout change). */
export interface PageDataMiss {
  ok: false;
  tried: string;
  unknownLayout: boolean;
}

/** `locale`: the page's UI language when the page says (`<html lang>`); else the data's own. */
export function readChannelData(data: unknown, url: URL, ref: ProfileRef, now: Date, locale: string | undefined): ReadSuccess | PageDataMiss {
  const page = readPage(data, url, ref, { now, locale: locale ?? jsonLocale(data), source: 'json' });
  if (page.kind === 'ok') {
    const creator = buildCreator(page.channel.identity, [page.channel.parts], now);
    return { ok: true, creator, posts: page.posts, sources: [`json:${INITIAL_DATA_NAME}`], ...(page.postOrder ? { postOrder: page.postOrder } : {}) };
  }
  return {
    ok: false,
    tried: page.kind === 'other-channel' ? 'json:stale (another channel)' : 'json:no channel header',
    unknownLayout: page.kind === 'no-channel' && (at(data, 'header') !== undefined || at(data, 'metadata') !== undefined),
  };
}
