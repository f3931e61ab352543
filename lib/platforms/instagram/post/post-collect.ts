/**
 * What the Instagram post reader needs of a post page, collected as plain strings on the page's own
 * thread: the code scripts that assign `window._sharedData` (≤ 2022) and the SEO meta tags (2023+).
 * The reading (JSON, counts, dates, disclosures) runs in the background worker on this extract
 * (post-reading.ts, `post/read-page`); `instagramPostReader.readPostPage(doc)` is the two in a row,
 * which every post reader test goes through. Bounded as the profile's extract is (EXTRACT_CAPS).
 */
import { selectAll } from '../../page-select';
import { EXTRACT_CAPS, metaContent, scriptTexts, type MetaExtract } from '../page-collect';
import { IG_EMBEDDED, IG_META } from '../paths';

export interface InstagramPostExtract {
  /** `<html lang>`, '' when absent. */
  lang: string;
  /** Texts of the page's code scripts that mention `window._sharedData`, in page order. */
  sharedData: string[];
  /** The meta tags' `content` as the page holds them, '' when absent; `og:type` says a video. */
  meta: MetaExtract & { ogType: string };
}

export function collectInstagramPostPage(doc: Document): InstagramPostExtract {
  const budget = { left: EXTRACT_CAPS.scriptChars };
  return {
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, EXTRACT_CAPS.lang),
    sharedData: scriptTexts(selectAll(doc, IG_EMBEDDED.sharedDataScripts), (text) => text.includes(IG_EMBEDDED.sharedDataMarker), EXTRACT_CAPS.sharedDataScripts, EXTRACT_CAPS.scriptChars, budget),
    meta: {
      ogUrl: metaContent(doc, IG_META.ogUrl),
      ogDescription: metaContent(doc, IG_META.ogDescription),
      description: metaContent(doc, IG_META.description),
      ogTitle: metaContent(doc, IG_META.ogTitle),
      ogType: metaContent(doc, IG_META.ogType),
    },
  };
}
