/**
 * Instagram post reader: the post page (./page-reader.ts), and the post's JSON the page fetches
 * (`?__a=1` answer, 2026 GraphQL `xdt_shortcode_media`), which the background reads
 * (lib/background/post-capture-reading.ts).
 */
import { firstAt } from '../../page-path';
import type { PostReader } from '../../post-types';
import { IG_CAPTURE } from '../paths';
import { readShortcodeMedia } from './media-reading';
import { instagramPostPageReader } from './page-reader';
import { IG_POST_MEDIA } from './post-paths';
import { instagramPostCodeOf } from './post-url';

/** With the responses the page fetches, which the background reads (lib/background/post-capture-reading.ts). */
export const instagramPostReader: PostReader = {
  ...instagramPostPageReader,

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
