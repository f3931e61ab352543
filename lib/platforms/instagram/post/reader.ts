/**
 * Instagram post reader: the post page, collected on the page (post-collect.ts) and read in the
 * background (post-reading.ts); and the post's JSON the page fetches (`?__a=1` answer, 2026 GraphQL
 * `xdt_shortcode_media`), which the background reads too (lib/background/post-capture-reading.ts).
 */
import { firstAt } from '../../page-path';
import type { PostReader } from '../../post-types';
import { IG_CAPTURE } from '../paths';
import { readShortcodeMedia } from './media-reading';
import { instagramPostPageCollector } from './page-reader';
import { collectInstagramPostPage } from './post-collect';
import { IG_POST_MEDIA } from './post-paths';
import { instagramPostCodeOf } from './post-url';
import { readInstagramPostExtract } from './post-reading';

export const instagramPostReader: PostReader = {
  platform: 'instagram',
  postIdOf: instagramPostPageCollector.postIdOf,

  /** The two steps in a row, as content script and background take them. */
  readPostPage(doc, url) {
    return readInstagramPostExtract(collectInstagramPostPage(doc), url);
  },

  readPostCapture(json, url) {
    try {
      const media = firstAt(json, [IG_CAPTURE.a1Media, IG_POST_MEDIA.xdtMedia], (v) => (v && typeof v === 'object' ? v : null))?.value;
      const reading = media ? readShortcodeMedia(media, 'capture:shortcode_media') : null;
      if (!reading) return { ok: false, reason: 'unsupported-layout', tried: ['capture:shortcode_media'] };
      const code = url ? instagramPostCodeOf(url) : null;
      if (code && code !== reading.postId) return { ok: false, reason: 'other-post', tried: ['capture:shortcode_media'] };
      return { ok: true, ...reading };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
