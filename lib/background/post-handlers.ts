import type { CreatorEvidence } from '../contracts/evidence';
import type { SubmittedPostReading } from '../contracts/post-reading';
import type { VettingReport } from '../contracts/report';
import { keyComments } from '../evidence/key-comments';
import { evidenceKey, type EvidenceUpdate } from '../evidence/merge-evidence';
import { errorResponse, type HandlerContext, type HandlerTable } from '../messages/router';
import { postVsMedian } from '../metrics/post-vs-median';
import { platformOfHost } from '../platforms/hosts';
import { POST_READERS } from '../platforms/post-readers';
import { StoreError } from '../shortlist/errors';
import type { TabPostStore } from './tab-post-store';

/** Where a creator's post-page evidence is kept: the shortlist database's evidence store in the extension. */
export interface EvidenceStore {
  get(key: string): Promise<CreatorEvidence | null>;
  /** Merge one reading into the creator's evidence (mergeEvidence) and store it, in one step. */
  add(update: EvidenceUpdate, now: Date): Promise<void>;
}

export interface PostDeps {
  tabPosts: TabPostStore;
  evidence: EvidenceStore;
  /** The per-install key commenters are hashed with; never leaves the extension's storage. */
  installKey: () => Promise<Uint8Array>;
  /** The creator's last vetting: a tab's current report, else the shortlist's. */
  lastReport: (key: string) => Promise<VettingReport | null>;
  now: () => Date;
}

function postIdOf(platform: SubmittedPostReading['platform'], url: string | undefined): string | null {
  const parsed = parseUrl(url);
  return parsed ? POST_READERS[platform].postIdOf(parsed) : null;
}

/** A handle as the creator contract writes it: lower case, no "@". Null for anything else. */
function creatorHandle(raw: string): string | null {
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  return /^[a-z0-9._-]{1,64}$/.test(handle) ? handle : null;
}

function parseUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The address the tab shows. Chromium keeps a content script's `sender.url` at the address its
 * document loaded with: after the app's in-page navigation to another post (pushState), only
 * `sender.tab.url` names the post on screen (measured in Chromium 156, tests/e2e/post-pages.e2e.ts).
 * Content-script messages come from the top frame only (lib/messages/sender.ts), whose URL the tab's is.
 */
const shownUrl = (context: HandlerContext): string | undefined => context.sender.tab?.url ?? context.sender.url;

/**
 * Whether this reading may speak for the post it names: the tab's own post for a reading of the
 * page, the page the response was fetched on for a capture, both on the reading's platform.
 */
function readingFitsSender(reading: SubmittedPostReading, from: 'page' | 'capture', pageUrl: string, context: HandlerContext): string | null {
  const tabUrl = parseUrl(shownUrl(context));
  const page = parseUrl(pageUrl);
  if (!tabUrl || platformOfHost(tabUrl.hostname) !== reading.platform) return 'the reading is for another platform than the tab';
  if (!page || page.protocol !== 'https:' || platformOfHost(page.hostname) !== reading.platform) return 'the page address is not on the reading\'s platform';
  const postIdOf = POST_READERS[reading.platform].postIdOf;
  if (postIdOf(page) !== reading.postId) return 'the reading is for another post than its page';
  if (from === 'page' && postIdOf(tabUrl) !== reading.postId) return 'the reading is for another post than the tab shows';
  if (reading.post && reading.post.id !== reading.postId) return 'the reading\'s post is not the post it names';
  return null;
}

/**
 * `post/submit` and `overlay/post`: the post pages' side of the background. `evidenceAdded` is told
 * of each creator whose evidence a submission changed, once it is stored.
 */
export function createPostHandlers(deps: PostDeps | undefined, evidenceAdded: (key: string) => Promise<void> = async () => {}): Pick<HandlerTable, 'post/submit' | 'overlay/post'> {
  return {
    'post/submit': {
      roles: ['content'],
      async handle(request, context) {
        const tabId = context.tabId;
        if (tabId === null) return errorResponse('forbidden', 'post pages are read in a tab');
        if (!deps) return errorResponse('unavailable', 'post pages are not kept in this browser');
        const { reading } = request;
        const misfit = readingFitsSender(reading, request.from, request.pageUrl, context);
        if (misfit) return errorResponse('invalid-data', misfit);
        // A comment response names no author: it belongs to the post this tab's page named.
        const known = await deps.tabPosts.find(tabId, reading.platform, reading.postId);
        const handle = reading.author ? creatorHandle(reading.author.handle) : (known?.handle ?? null);
        if (!handle) return errorResponse('invalid-data', reading.author ? 'the post\'s author is not a handle Vetted reads' : 'no author is known for this post yet');
        if (known && known.handle !== handle) return errorResponse('invalid-data', 'the reading names another author than the tab\'s post');
        const now = deps.now();
        try {
          const sample = keyComments(reading, await deps.installKey(), now);
          await deps.evidence.add({ platform: reading.platform, handle, post: reading.post, sample }, now);
        } catch (error) {
          // No IndexedDB here (Firefox private windows), a full disk: the page is simply not kept.
          if (error instanceof StoreError) return errorResponse('unavailable', error.userMessage);
          throw error;
        }
        // The tab's post, once a reading of it names its author: later comment pages and the overlay go by it.
        if (reading.author && postIdOf(reading.platform, shownUrl(context)) === reading.postId) {
          await deps.tabPosts.set(tabId, { platform: reading.platform, postId: reading.postId, handle, displayName: reading.author?.displayName ?? null, pageUrl: request.pageUrl });
        }
        // The evidence is kept whatever happens next: a tab that could not be vetted again joins it at its next reading.
        await evidenceAdded(evidenceKey(reading.platform, handle)).catch(() => undefined);
        return { ok: true, creator: { platform: reading.platform, handle } };
      },
    },
    'overlay/post': {
      roles: ['overlay'],
      async handle(_request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'the overlay lives in a tab');
        if (!deps) return errorResponse('unavailable', 'post pages are not kept in this browser');
        const shown = await deps.tabPosts.get(context.tabId);
        if (!shown) return errorResponse('unavailable', 'no post has been read on this tab yet');
        const key = evidenceKey(shown.platform, shown.handle);
        const [evidence, report] = await Promise.all([deps.evidence.get(key).catch(() => null), deps.lastReport(key)]);
        const post = evidence?.posts.find((p) => p.id === shown.postId) ?? null;
        const view = postVsMedian({ platform: shown.platform, handle: shown.handle, postId: shown.postId, post, displayName: shown.displayName, report });
        return { ok: true, view };
      },
    },
  };
}
