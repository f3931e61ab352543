/**
 * The post pages and comment responses among `vet`'s files: read with the extension's own post
 * readers and turned into the creator's evidence, commenters keyed exactly as the extension keys
 * them (the key is the caller's: lib/ holds no secrets).
 */
import type { Platform } from '../contracts/creator';
import type { CreatorEvidence } from '../contracts/evidence';
import { keyComments } from '../evidence/key-comments';
import { mergeEvidence } from '../evidence/merge-evidence';
import { platformName } from '../format/format';
import { jsonLdBlocks } from '../parse/embedded-json';
import { asArray, asObject, asString } from '../parse/json-path';
import { POST_READERS } from '../platforms/post-readers';
import type { PostPageReading } from '../platforms/post-types';
import type { InputFile } from './vet-assemble';

/** Where a saved post page says it came from (canonical, og:url, JSON-LD), when that names a post. */
export function postUrlOf(doc: Document, platform: Platform): URL | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    ...jsonLdBlocks(doc).flatMap((block) => asArray(block).concat(block)).map((block) => asString(asObject(block)?.url)),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (POST_READERS[platform].postIdOf(url)) return url;
    } catch {
      // not an address
    }
  }
  return null;
}

export type PostInputRead = { ok: true; reading: PostPageReading; url: URL | null } | { ok: false; message: string };

/**
 * One file as a post page or a post's response. A comment response often names no video: it
 * belongs to the post page read just before it (`lastPostUrl`), as it did in the browser.
 */
export function readPostInput(input: InputFile, platform: Platform, lastPostUrl: URL | null, now: Date): PostInputRead {
  const reader = POST_READERS[platform];
  const where = platformName(platform);
  if (input.kind === 'html') {
    const url = postUrlOf(input.doc, platform);
    if (!url) return { ok: false, message: `${input.name}: neither a ${where} profile nor a ${where} post page Vetted recognises (no post address in its canonical link, og:url or JSON-LD)` };
    const result = reader.readPostPage(input.doc, url, { now });
    if (!result.ok) return { ok: false, message: `${input.name}: a ${where} post page (${url.href}) Vetted could not read (${result.reason}; tried ${result.tried.slice(0, 4).join(', ') || 'nothing'})` };
    return { ok: true, reading: result, url };
  }
  const result = reader.readPostCapture(input.json, lastPostUrl, { now });
  if (!result.ok) {
    const hint = result.reason === 'unsupported-layout' && !lastPostUrl ? ': a comment response that names no post goes after the post page it came from' : '';
    return { ok: false, message: `${input.name}: not a ${where} profile or post response Vetted recognises (${result.reason})${hint}` };
  }
  return { ok: true, reading: result, url: lastPostUrl };
}

/** "a.html is a post by @other": a post page of another creator would pass its counts off as theirs. */
export function otherAuthor(reading: PostPageReading, handle: string): string | null {
  const author = reading.author?.handle.replace(/^@/, '').toLowerCase();
  return author && author !== handle.toLowerCase() ? author : null;
}

/** The creator's evidence from their post readings, in file order (later readings refine earlier ones). */
export function evidenceFrom(readings: readonly PostPageReading[], platform: Platform, handle: string, installKey: Uint8Array, now: Date): CreatorEvidence | null {
  let evidence: CreatorEvidence | null = null;
  for (const reading of readings) {
    evidence = mergeEvidence(evidence, { platform, handle, post: reading.post, sample: keyComments(reading, installKey, now) }, now);
  }
  return evidence;
}
