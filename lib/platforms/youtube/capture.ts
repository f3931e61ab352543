/** A captured `/youtubei/v1/browse` response: a channel tab like `ytInitialData`, or a continuation's items. */
import { asArray } from '../../parse/json-path';
import { youtubeProfileRef } from './profile-url';
import { buildCreator } from '../source-ladder';
import type { CaptureResult, ReadContext } from '../types';
import { readItems } from './items';
import { jsonLocale } from './locale';
import { isLiveTab, readPage } from './page-data';
import { CONTINUATION_ACTIONS } from './paths';
import { atPath } from '../page-path';

export function readYoutubeCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const nothing = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
  try {
    const ref = youtubeProfileRef(url);
    if (ref?.platform !== 'youtube') return nothing('not a YouTube channel page');
    const locale = jsonLocale(json);
    const page = readPage(json, url, ref, { now: context.now, locale, source: 'capture' });
    if (page.kind === 'ok') {
      return { ok: true, creator: buildCreator(page.channel.identity, [page.channel.parts], context.now), posts: page.posts, sources: ['capture:browse'] };
    }
    if (page.kind === 'other-channel') return nothing('response is about another channel');
    // A continuation (the next items of a tab) has items but no channel to check them against.
    const posts = readItems(asArray(atPath(json, CONTINUATION_ACTIONS)), {
      now: context.now,
      locale,
      channelId: null,
      liveTab: isLiveTab(json, url),
    });
    return posts.length ? { ok: true, creator: null, posts, sources: ['capture:browse-continuation'] } : nothing('no channel or videos in this response');
  } catch {
    return nothing('unreadable response');
  }
}
