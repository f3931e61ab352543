import type { Platform, Snapshot } from '../contracts/creator';
import { PLATFORMS } from '../contracts/vocabulary';
import { HOSTS_BY_PLATFORM } from '../platforms/hosts';
import { mergeSnapshots, type SnapshotParts } from '../platforms/merge';
import { profileRefFromUrl } from '../platforms/profile-url';
import { READERS } from '../platforms/readers';
import type { CaptureResult } from '../platforms/types';
import { emptyCreator } from '../platforms/empty-creator';
import { creatorOfPage, nonProfilePage } from './vet-input-checks';
import { profileUrlFor, urlFromDocument } from './vet-inputs';
import { platformName } from '../format/format';
import { evidenceFrom, otherAuthor, postUrlOf, readPostInput } from './vet-post-pages';
import type { CreatorEvidence } from '../contracts/evidence';
import type { PostPageReading } from '../platforms/post-types';
import { POST_READERS } from '../platforms/post-readers';

export type InputFile = { name: string; kind: 'html'; doc: Document } | { name: string; kind: 'json'; json: unknown };

/** `reason` is the reader's own word for why a file could not be read (`not-profile`, `not-ready`…), when it gave one. */
export type Assembled = { ok: true; snapshot: Snapshot; evidence: CreatorEvidence | null } | { ok: false; message: string; reason?: string };

/** Which creator the files are about: --url, a saved page's own canonical URL, or a capture naming its creator. */
function targetUrl(inputs: readonly InputFile[], url: URL | null, now: Date): URL | null {
  if (url) return url;
  for (const input of inputs) if (input.kind === 'html') {
    const found = urlFromDocument(input.doc);
    if (found) return found;
  }
  for (const input of inputs) if (input.kind === 'json') {
    for (const platform of PLATFORMS) {
      const capture = READERS[platform].readCapture(input.json, new URL(`https://${HOSTS_BY_PLATFORM[platform][0]}/`), { now });
      if (capture.ok && capture.creator?.handle) return profileUrlFor(platform, capture.creator.handle);
    }
  }
  return null;
}

/**
 * Read every file with the extension's own readers and merge them into one snapshot, preferring
 * exact values over rounded ones. Pure: documents are parsed by the caller.
 */
/** The author a post page names, as a profile URL to suggest for --url. */
function authorUrlOf(input: InputFile, now: Date): URL | null {
  if (input.kind !== 'html') return null;
  for (const platform of PLATFORMS) {
    const postUrl = postUrlOf(input.doc, platform);
    if (!postUrl) continue;
    const result = POST_READERS[platform].readPostPage(input.doc, postUrl, { now });
    return result.ok && result.author ? profileUrlFor(platform, result.author.handle.replace(/^@/, '')) : null;
  }
  return null;
}

/** "a.html is a post page on Instagram (…), not a profile": said instead of "cannot tell which creator". */
function postPageMessage(input: InputFile, now: Date): string | null {
  if (input.kind !== 'html') return null;
  const page = nonProfilePage(input.doc);
  if (!page) return null;
  const author = authorUrlOf(input, now);
  return `${input.name} is a page of a post or a video on ${page.platform} (${page.url}), not a profile: vet reads it as evidence about its creator, with the creator's profile page or with --url naming the profile${author ? ` (--url ${author.href})` : ''}`;
}

/**
 * `installKey` keys commenters as the extension does: comments are compared by keyed hash, never
 * kept by handle.
 */
export function assembleSnapshot(inputs: readonly InputFile[], url: URL | null, now: Date, installKey: Uint8Array = new Uint8Array(32)): Assembled {
  // Two saved pages of two creators would merge into one made-up creator: name both files.
  const named = inputs.flatMap((input) => (input.kind === 'html' ? [{ name: input.name, creator: creatorOfPage(input.doc) }] : [])).filter((p) => p.creator);
  const other = named.find((p) => p.creator!.key !== named[0]!.creator!.key);
  if (other) return { ok: false, message: `${named[0]!.name} is ${named[0]!.creator!.label} but ${other.name} is ${other.creator!.label}: vet reads one creator at a time` };
  const target = targetUrl(inputs, url, now);
  if (!target) {
    for (const input of inputs) {
      const message = postPageMessage(input, now);
      if (message) return { ok: false, reason: 'not-profile', message };
    }
    return { ok: false, message: 'cannot tell which creator these files are about: no file names its profile (no canonical link, og:url or JSON-LD address); pass --url with the profile URL' };
  }
  const ref = profileRefFromUrl(target);
  if (!ref) return { ok: false, reason: 'not-profile', message: `${target.href} is not a profile URL Vetted reads (Instagram, TikTok, YouTube or X profile)` };
  const platform: Platform = ref.platform;
  const reader = READERS[platform];
  let base: SnapshotParts | null = null;
  const extra: CaptureResult[] = [];
  const readings: Array<{ name: string; reading: PostPageReading }> = [];
  let lastPostUrl: URL | null = null;
  for (const input of inputs) {
    if (input.kind === 'html') {
      if (postUrlOf(input.doc, platform)) {
        // A post page of this platform: evidence about the creator, not a profile reading.
        const post = readPostInput(input, platform, lastPostUrl, now);
        if (!post.ok) return { ok: false, reason: 'unsupported-layout', message: post.message };
        readings.push({ name: input.name, reading: post.reading });
        lastPostUrl = post.url;
        continue;
      }
      const result = reader.read(input.doc, target, { now });
      const postMessage = !result.ok && result.reason === 'not-profile' ? postPageMessage(input, now) : null;
      if (postMessage) return { ok: false, reason: 'not-profile', message: postMessage };
      if (!result.ok) return { ok: false, reason: result.reason, message: `${input.name}: not read as a ${platformName(platform)} profile (${result.reason}; tried ${result.tried.slice(0, 4).join(', ') || 'nothing'})` };
      // The page's post order travels with it: a page showing a selection makes the snapshot one (mergeSnapshots).
      if (!base) base = { creator: result.creator, posts: result.posts, sources: result.sources, ...(result.postOrder ? { postOrder: result.postOrder } : {}) };
      else extra.push({ ok: true, creator: result.creator, posts: result.posts, sources: result.sources });
    } else {
      const capture = reader.readCapture(input.json, target, { now });
      // The post's own response or its comments; a conversation (X) is both a profile capture and comments.
      const post = readPostInput(input, platform, lastPostUrl, now);
      if (capture.ok) {
        extra.push(capture);
        if (post.ok && post.reading.comments.length > 0) readings.push({ name: input.name, reading: post.reading });
        continue;
      }
      if (!post.ok) return { ok: false, reason: capture.reason, message: `${input.name}: not a ${platformName(platform)} response Vetted recognises${capture.reason ? ` (${capture.reason})` : ''}` };
      readings.push({ name: input.name, reading: post.reading });
    }
  }
  if (!base) {
    const handle = ref.handle ?? extra.find((c) => c.creator?.handle)?.creator?.handle ?? null;
    if (!handle) return { ok: false, message: 'cannot tell the creator\'s handle: pass --url with the profile URL' };
    base = { creator: emptyCreator(platform, handle, target.href, now), posts: [], sources: [] };
  }
  const snapshot = mergeSnapshots(base, ...extra);
  const handle = snapshot.creator.handle;
  for (const { name, reading } of readings) {
    const author = otherAuthor(reading, handle);
    if (author) return { ok: false, message: `${name} is a post by @${author}, not by @${handle}: vet reads one creator at a time` };
  }
  const evidence = evidenceFrom(readings.map((r) => r.reading), platform, handle, installKey, now);
  return { ok: true, snapshot, evidence };
}
