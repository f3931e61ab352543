import type { Snapshot } from '../contracts/creator';
import type { VettingReport } from '../contracts/report';
import type { TabState } from '../messages/protocol';
import { profileRefFromUrl } from '../platforms/profile-url';
import { errorResponse, type HandlerTable } from '../messages/router';
import { StoreError } from '../shortlist/errors';
import type { MountStore } from './mount-store';
import { readCapturedResponse, type CapturedReading } from './capture-reading';
import { readSubmittedPageData } from './page-data-reading';
import { MAX_SUBMITTED_CAPTURES, submittedSnapshot } from './submitted-snapshot';
import type { OverlayShortlistStore } from './overlay-shortlist-store';
import type { TabReadingsStore } from './tab-readings-store';
import type { TabStateStore } from './tab-state-store';
import type { FieldStamp } from '../sync/sync-doc';
import { readPostCaptureText } from './post-capture-reading';
import { readPostPageExtract } from './post-page-reading';
import { createPostHandlers, type PostDeps } from './post-handlers';

export interface BackgroundDeps {
  tabs: TabStateStore;
  /** Which overlay frame of each tab is ours (the router checks every overlay request against it). */
  mounts: MountStore;
  now: () => Date;
  /** `record`: also record the snapshot's follower reading (only a snapshot/submit that readings.claim allowed). */
  vet: (snapshot: Snapshot, now: Date, options?: { record: boolean }) => Promise<VettingReport>;
  /** Which follower readings each tab may record; without it nothing is recorded (fail closed). */
  readings?: TabReadingsStore;
  /** The shortlist for the overlay, which cannot always open IndexedDB itself (framed in a third-party page). */
  shortlist: OverlayShortlistStore;
  /** Who changed a creator's status last, from team sync's documents; null with sync off or never synced. */
  statusStamp?: (key: string) => Promise<FieldStamp | null>;
  /** Post pages' evidence and the tab's post; without it post pages are refused (fail closed). */
  posts?: Omit<PostDeps, 'now'>;
}

/** A storage failure as the user should read it; anything else goes to the router as internal. */
function storeFailure(error: unknown) {
  if (error instanceof StoreError) return errorResponse(error.code === 'invalid' ? 'bad-request' : 'unavailable', error.userMessage);
  throw error;
}

function sameCreatorAsPage(pageUrl: string, platform: string, handle: string): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  const ref = profileRefFromUrl(url);
  if (!ref || ref.platform !== platform) return false;
  // YouTube /channel/UC… URLs carry no handle; the reader checked the channel id against the page.
  return ref.handle === null || ref.handle === handle;
}

/** The background's message handlers. Pure apart from the injected stores; no state in globals. */
export function createHandlers(deps: BackgroundDeps): HandlerTable {
  /** Vet the tab's current snapshot again (after a brief change). */
  async function revetTab(tabId: number): Promise<TabState | null> {
    const current = await deps.tabs.get(tabId);
    if (current?.status !== 'ready') return current;
    const report = await deps.vet(current.report.snapshot, deps.now());
    const state = { ...current, updatedAt: deps.now().toISOString(), report };
    await deps.tabs.set(tabId, state);
    return state;
  }

  /**
   * Vet again every tab showing this creator's profile, after their post pages added evidence: the
   * profile's overlay follows its tab's state, so the open report gains the post without a reload.
   * The report's own snapshot is vetted again, as for a brief change; the evidence joins it by post id.
   */
  async function revetCreator(key: string): Promise<void> {
    for (const tabId of await deps.tabs.tabsShowing(key)) {
      const current = await deps.tabs.get(tabId);
      if (current?.status !== 'ready' || current.report.key !== key) continue;
      const report = await deps.vet(current.report.snapshot, deps.now());
      // The tab moved on or read its profile again while this ran: what it holds now is newer.
      const latest = await deps.tabs.get(tabId);
      if (latest?.status !== 'ready' || latest.pageUrl !== current.pageUrl || latest.updatedAt !== current.updatedAt || latest.report.computedAt !== current.report.computedAt) continue;
      await deps.tabs.set(tabId, { ...current, updatedAt: deps.now().toISOString(), report });
    }
  }

  /**
   * The one save path, for the overlay and the popup: the tab's own report is what gets saved; the
   * asker names the creator it showed the user and never supplies data.
   */
  async function saveTabReport(tabId: number, key: string, input: { tag?: string | undefined; note?: string | undefined }) {
    const current = await deps.tabs.get(tabId);
    if (current?.status !== 'ready' || current.report.key !== key) {
      return errorResponse('bad-request', 'This creator is no longer the one on the page; nothing was saved.');
    }
    try {
      return { ok: true as const, entry: await deps.shortlist.save(current.report, { ...input, now: deps.now() }) };
    } catch (error) {
      return storeFailure(error);
    }
  }

  return {
    ...createPostHandlers(deps.posts ? { ...deps.posts, now: deps.now } : undefined, revetCreator),
    'snapshot/submit': {
      roles: ['content'],
      async handle(request, context) {
        const tabId = context.tabId;
        if (tabId === null) return errorResponse('forbidden', 'snapshots come from a tab');
        let reading = request.snapshot;
        let captures = request.captures ?? [];
        let captured: CapturedReading | null | undefined;
        if (request.captureText !== undefined) {
          if (reading !== null || request.pageData !== undefined) return errorResponse('invalid-data', 'a response to read comes only with no reading of the page');
          const read = readCapturedResponse(request.pageUrl, request.captureText, deps.now());
          if (!read.ok) return errorResponse('invalid-data', `the page gave data Vetted cannot trust (${read.detail})`);
          captured = read.capture;
          // It does not name the profile: nothing to show yet; the content script keeps the reading.
          if (!captured?.creator?.handle || !sameCreatorAsPage(request.pageUrl, captured.creator.platform ?? '', captured.creator.handle)) return { ok: true, capture: captured };
          captures = [...captures.slice(-(MAX_SUBMITTED_CAPTURES - 1)), captured];
        }
        if (request.pageData !== undefined) {
          if (reading !== null) return errorResponse('invalid-data', 'a submission carries a reading or page data, not both');
          const read = readSubmittedPageData(request.pageUrl, request.pageData, request.lang, deps.now());
          if (read.kind === 'invalid') return errorResponse('invalid-data', `the page gave data Vetted cannot trust (${read.detail})`);
          // Nothing changes here: the content script reads the rendered page and submits that.
          if (read.kind === 'unread') return { ok: true, unread: read.unread };
          reading = read.reading;
        }
        const parsed = submittedSnapshot(request.pageUrl, reading, captures, deps.now());
        if (!parsed.ok) return errorResponse('invalid-data', `the page gave data Vetted cannot trust (${parsed.detail})`);
        const snapshot = parsed.snapshot;
        if (!sameCreatorAsPage(request.pageUrl, snapshot.creator.platform, snapshot.creator.handle)) {
          return errorResponse('invalid-data', 'snapshot is for a different creator than the page');
        }
        // A reading counts for a profile the page itself rendered, once per visit, a few per minute
        // per tab: a script that pushState()s and posts forged captures records nothing.
        const record = (await deps.readings?.claim(tabId, snapshot, deps.now())) ?? false;
        const report = await deps.vet(snapshot, deps.now(), { record });
        // A report for a page the tab has already left must not replace the current one.
        await deps.tabs.setOnSamePage(tabId, { status: 'ready', pageUrl: request.pageUrl, updatedAt: deps.now().toISOString(), report });
        return captured === undefined ? { ok: true } : { ok: true, capture: captured };
      },
    },
    'capture/read': {
      roles: ['content'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'responses come from a tab');
        const read = readCapturedResponse(request.pageUrl, request.text, deps.now());
        return read.ok ? { ok: true, capture: read.capture } : errorResponse('invalid-data', read.detail);
      },
    },
    'post/read-page': {
      roles: ['content'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'pages come from a tab');
        const read = readPostPageExtract(request.pageUrl, request.extract);
        return read.ok ? { ok: true, reading: read.reading } : errorResponse('invalid-data', read.detail);
      },
    },
    'post/read-capture': {
      roles: ['content'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'responses come from a tab');
        const read = readPostCaptureText(request.pageUrl, request.text, deps.now());
        return read.ok ? { ok: true, reading: read.reading } : errorResponse('invalid-data', read.detail);
      },
    },
    'page/unreadable': {
      roles: ['content'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'only tabs report pages');
        await deps.tabs.set(context.tabId, {
          status: 'unreadable',
          pageUrl: request.pageUrl,
          updatedAt: deps.now().toISOString(),
          platform: request.platform,
          reason: request.reason,
          detail: request.tried.slice(0, 5).join(', ').slice(0, 500),
        });
        return { ok: true };
      },
    },
    'page/loading': {
      roles: ['content'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'only tabs report pages');
        // Both asked for at once, before this handler yields: the content script sends its reading
        // right behind this message without waiting for the answer, and each store takes its work in
        // the order asked, so the visit starts before the reading is claimed and "loading" is written
        // before the reading's report or unreadable state (tests/lib/background/page-order.test.ts).
        await Promise.all([deps.readings?.startVisit(context.tabId), deps.tabs.set(context.tabId, { status: 'loading', pageUrl: request.pageUrl, updatedAt: deps.now().toISOString() })]);
        return { ok: true };
      },
    },
    'page/wake': {
      roles: ['content'],
      // Receiving it was the point: the worker is running now, and the page's next messages find it so.
      handle: async () => ({ ok: true }),
    },
    'page/left': {
      roles: ['content'],
      async handle(_request, context) {
        // The content script removes its frame on leaving a profile: nothing may speak for it afterwards.
        // Its report stays among the last few left behind, for the post pages opened from it.
        if (context.tabId !== null) await Promise.all([deps.tabs.leave(context.tabId), deps.mounts.clear(context.tabId), deps.posts?.tabPosts.clear(context.tabId)]);
        return { ok: true };
      },
    },
    'overlay/mount': {
      roles: ['content'],
      async handle(_request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'only tabs frame the overlay');
        return { ok: true, token: await deps.mounts.issue(context.tabId) };
      },
    },
    'overlay/connect': {
      roles: ['overlay'],
      async handle(request, context) {
        const frameId = context.sender.frameId;
        const tabId = context.tabId;
        if (tabId === null || typeof frameId !== 'number') return errorResponse('forbidden', "this frame is not the tab's Vetted overlay");
        // Read beside the check and answered only to the frame that holds the token. A state that
        // cannot be read is left out: the frame then asks for it with overlay/state, which says why.
        const [connected, state] = await Promise.all([deps.mounts.connect(tabId, frameId, request.token), deps.tabs.get(tabId).catch(() => undefined)]);
        if (!connected) return errorResponse('forbidden', "this frame is not the tab's Vetted overlay");
        return state === undefined ? { ok: true, tabId } : { ok: true, tabId, state };
      },
    },
    'overlay/shortlist': {
      roles: ['overlay'],
      async handle(request) {
        try {
          return { ok: true, ...(await deps.shortlist.view(request.key)) };
        } catch (error) {
          return storeFailure(error);
        }
      },
    },
    'overlay/save': {
      roles: ['overlay'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'the overlay lives in a tab');
        return saveTabReport(context.tabId, request.key, { tag: request.tag, note: request.note });
      },
    },
    'overlay/brief': {
      roles: ['overlay'],
      async handle(request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'the overlay lives in a tab');
        try {
          await deps.shortlist.chooseBrief(request.briefId);
        } catch (error) {
          return storeFailure(error);
        }
        return { ok: true, state: await revetTab(context.tabId) };
      },
    },
    'tab/state': {
      roles: ['extension-page'],
      async handle(request) {
        return { ok: true, tabId: request.tabId, state: await deps.tabs.get(request.tabId) };
      },
    },
    'tab/save': {
      roles: ['extension-page'],
      handle: (request) => saveTabReport(request.tabId, request.key, {}),
    },
    'sync/status-stamp': {
      roles: ['extension-page'],
      async handle(request) {
        return { ok: true, stamp: (await deps.statusStamp?.(request.key)) ?? null };
      },
    },
    'overlay/state': {
      roles: ['overlay'],
      async handle(_request, context) {
        if (context.tabId === null) return errorResponse('forbidden', 'the overlay lives in a tab');
        return { ok: true, tabId: context.tabId, state: await deps.tabs.get(context.tabId) };
      },
    },
  };
}
