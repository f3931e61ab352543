import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaptureResult, PageCollector, PlatformReader, ReadResult } from '../platforms/types';
import type { ProfileRef } from '../platforms/profile-ref';
import { collectedText, readCollectedPage, UNCOLLECTABLE } from './collected-reading';
import { send } from './messenger';
import { withPageDataVerdict, type PageDataUnread } from './page-data-verdict';
import type { PageView } from './page-router';
import type { PlatformPage } from './platform-page';
import { settlesWithin } from './settles-within';
import { vettedFrame } from './vetted-frame';
import { wakeSignal } from './wake-signal';

/**
 * Re-read at most this often while the page renders: on a busy feed, rescanning on every mutation
 * added 28 ms of script time to the page in 3 s, a scan at most every 200 ms added 7 ms (Chromium
 * 156, 2 cores, a 2,000-item feed).
 */
const RESCAN_MS = 250;
const SETTLED_RESCAN_MS = 1_000;
/** The longest a settled re-read waits for the page to be idle. */
const IDLE_WAIT_MS = 1_000;
/** Stop watching the DOM this long after a navigation; later posts arrive through captures. */
const WATCH_MS = 15_000;
/**
 * Longer than a running background takes to answer one message, even on a loaded machine; shorter
 * than a stopped one takes to wake and answer (230 ms after DOMContentLoaded, median, bench:overlay at load 9-11).
 */
const WAKE_WAIT_MS = 100;

const withoutCapturedAt = (key: string, value: unknown) => (key === 'capturedAt' ? undefined : value);

/**
 * A content script's profile view (lib/content/page-router.ts): on each profile URL read the page,
 * send what changed to the background, and keep the overlay frame mounted; once the user leaves the
 * profile, remove it. Runs in the isolated world; touches no storage (the page's IndexedDB is not
 * ours). The entry passes its reader, or only the collecting of what the reader needs (the background
 * reads it), and the profile header the overlay keeps clear of and the API paths it reads.
 */
export function profileView(ctx: ContentScriptContext, reader: PlatformReader | PageCollector, { header, capturePaths, pageData: askPageData }: PlatformPage): PageView {
  const frame = vettedFrame(ctx, reader.platform, 'profile', header);
  let lastKey: string | null = null;
  let lastSent: string | null = null;
  /** What was last collected of the page for the background to read (with the captures sent along). */
  let lastCollected: string | null = null;
  let observer: MutationObserver | null = null;
  let watchUntil = 0;
  let scheduled = false;
  let readFromJsonOnly = false;
  /** API responses the page fetched for the profile on screen; reset on every profile change. */
  let captures: CaptureResult[] = [];
  /** The page's own data for the profile on screen, as JSON text from the page-world script; undefined: read the document. */
  let pageData: string | undefined;
  /**
   * The background has answered this document once: later profiles are read without waiting for
   * its answer (a worker stopped since then takes the messages in the order sent when it wakes).
   */
  let heardBackground = false;
  /** A reading of the profile on screen has gone to the background: until then the badge waits on us. */
  let submitted = false;
  /** The page data's submission for the profile on screen while the background reads it: a later read waits for its verdict. */
  let pageDataSent: Promise<void> | null = null;
  /** The background found no reading of the profile on screen in the page data: the rendered page is read instead. */
  let pageDataUnread: PageDataUnread | null = null;
  /**
   * The page data the background last read a profile from, and that profile: YouTube keeps the
   * first channel's data through in-app switches, and the same data cannot be the next channel's.
   */
  let readData: { text: string; key: string } | null = null;
  /** A response the app fetched, in flight to the background with no reading of the page (submitWithCapture). */
  let captureSent: Promise<void> | null = null;

  ctx.onInvalidated(() => {
    observer?.disconnect();
    frame.remove();
  });

  const stopWatching = () => {
    observer?.disconnect();
    observer = null;
  };

  const watch = () => {
    if (observer || !document.body) return;
    observer = new MutationObserver(() => schedule());
    observer.observe(document.body, { childList: true, subtree: true });
  };

  const profileOf = (url: URL) => {
    const ref = reader.profileRef(url);
    return ref && ref.platform === reader.platform ? ref : null;
  };

  /** What was learned of the profile on screen: none of it holds for the next one. */
  const forgetProfile = (key: string | null) => {
    lastKey = key;
    lastSent = lastCollected = null;
    submitted = readFromJsonOnly = false;
    captures = [];
    pageData = undefined;
    pageDataSent = pageDataUnread = null;
  };
  const leave = () => {
    stopWatching();
    frame.remove();
    if (lastKey !== null) void send({ type: 'page/left' });
    forgetProfile(null);
  };
  /** Keep a response the page fetched for the profile on screen, unless it names another creator (the page prefetches). */
  const keepCapture = (read: CaptureResult | null | undefined, ref: ProfileRef): read is CaptureResult => {
    if (!read?.ok || ref.key !== lastKey || (read.creator?.handle && ref.handle && read.creator.handle !== ref.handle)) return false;
    captures = [...captures.slice(-19), read];
    return true;
  };

  const evaluate = async () => {
    scheduled = false;
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    const ref = profileOf(url);
    // A rescan set before the user left: the router has left the view already.
    if (!ref) return leave();
    if (ref.key !== lastKey) {
      forgetProfile(ref.key);
      watchUntil = Date.now() + WATCH_MS;
      // Asked while the background is told: the answer (one message each way) is in before it replies.
      const asked = askPageData ? askPageData(window, ctx.signal, 'profile') : Promise.resolve(undefined);
      const loading = send({ type: 'page/loading', pageUrl: url.href });
      if (heardBackground) {
        // A switch within the app: read at once, the reading sent right behind the announcement
        // (waiting for its answer cost 20-40 ms on Instagram and TikTok); the background takes the
        // two in the order sent (tests/lib/background/page-order.test.ts).
        frame.show(loading);
      } else {
        // A running background answers within a few milliseconds: the frame is then mounted after
        // the answer (mounting it while the page still loads measured 13-18 ms more script time on
        // the page, bench:overlay). A stopped one takes hundreds: the frame is mounted meanwhile, so
        // that its page has loaded by the time the background can answer. When the wake script's
        // message from document_start is still unanswered, the worker is starting: no need to wait.
        if (wakeSignal(globalThis) === 'starting' || !(await settlesWithin(loading, WAKE_WAIT_MS))) frame.show(loading);
        heardBackground = (await loading) !== null;
      }
      pageData = await asked;
      // The user may have moved on while we waited; that navigation has its own evaluate().
      if (location.href !== url.href) return;
      // Asking the background would cost the switch a round trip for the answer it gave before.
      if (pageData !== undefined && readData && readData.key !== ref.key && readData.text === pageData) pageDataUnread = { reason: 'not-ready', tried: ['json:stale (another channel)'] };
    }
    frame.show();
    if (pageData && !pageDataUnread) {
      // One submission of the page data at a time: a read a capture started waits for the verdict.
      if (pageDataSent) await pageDataSent;
      if (lastKey !== ref.key) return;
      if (!pageDataUnread) {
        pageDataSent = submitPageData(url, ref.key, pageData);
        await pageDataSent;
        if (!pageDataUnread || location.href !== url.href) return;
      }
    }
    if (Date.now() > watchUntil || readFromJsonOnly) stopWatching();
    else watch();
    // Here the page data is either missing (the document's script text is read instead) or without a reading (only the rendered page is left).
    const pageDataRead = pageDataUnread ? null : undefined;
    const collected = 'collect' in reader ? await collectedVerdict(url, ref.key, reader.collect, pageDataRead) : undefined;
    if (collected === null) return;
    const result = withPageDataVerdict(collected ?? (reader as PlatformReader).read(document, url, { now: new Date(), pageData: pageDataRead }), pageDataUnread);
    // Everything came from the page's embedded JSON (YouTube's ytInitialData): the DOM's churn
    // cannot change the reading, and re-parsing a megabyte on every mutation costs the page dearly.
    if (result.ok && result.sources.length > 0 && result.sources.every((source) => source.startsWith('json:'))) {
      readFromJsonOnly = true;
      stopWatching();
    }
    // The background merges the reading with the captures: that code costs the page neither bytes nor time.
    const reading = result.ok ? { creator: result.creator, posts: result.posts, sources: result.sources, ...(result.postOrder ? { postOrder: result.postOrder } : {}) } : null;
    // After an SPA switch the page may not show the new profile yet (YouTube keeps the first
    // channel's data; X renders the header late) while the page's own API response for it has
    // already arrived: then the background reads the creator from that response rather than show nothing.
    const submit = reading !== null || (!result.ok && result.reason === 'not-ready' && captures.some((c) => c.ok && c.creator?.handle && (ref.handle === null || c.creator.handle === ref.handle)));
    const message = submit
      ? ({ type: 'snapshot/submit', pageUrl: url.href, snapshot: reading, captures } as const)
      : result.ok || result.reason === 'not-profile'
        ? null
        : ({ type: 'page/unreadable', pageUrl: url.href, platform: reader.platform, reason: result.reason, tried: result.tried.slice(0, 50) } as const);
    if (!message) return;
    // Send only what changed: capturedAt alone changing is not news.
    const fingerprint = JSON.stringify(message, withoutCapturedAt);
    if (fingerprint === lastSent) return;
    lastSent = fingerprint;
    submitted ||= submit;
    await send(message);
  };

  /**
   * Hand the page's own data to the background as it is, to be read there: the JSON reader and the
   * text parsers then cost the page neither compiling nor running (a third of Vetted's script time
   * on a YouTube channel). Sets pageDataUnread when the background finds no reading of the profile
   * in it (another channel's data after a switch, an unknown layout), or cannot be asked.
   */
  async function submitPageData(url: URL, key: string, data: string): Promise<void> {
    // The data is the same for every read of this profile: only new captures make it news.
    const fingerprint = `page data ${JSON.stringify(captures, withoutCapturedAt)}`;
    if (fingerprint === lastSent) return;
    lastSent = fingerprint;
    const lang = document.documentElement.getAttribute('lang')?.slice(0, 64);
    const answer = await send({ type: 'snapshot/submit', pageUrl: url.href, snapshot: null, pageData: data, ...(lang ? { lang } : {}), captures });
    if (lastKey !== key) return;
    if (answer?.ok && !answer.unread) {
      readData = { text: data, key };
      submitted = true;
      // Everything came from the page's own data: the DOM's churn cannot change the reading.
      readFromJsonOnly = true;
      stopWatching();
      return;
    }
    pageDataUnread = answer?.ok && answer.unread ? answer.unread : { reason: 'not-ready', tried: [] };
  }

  /**
   * What the reader needs of the page, collected and handed to the background to read: null when it
   * took a reading, or nothing changed since the last time, or the user has moved on, or the page was
   * collected again meanwhile; else the reader's verdict, which evaluate() reports as it would its own.
   */
  async function collectedVerdict(url: URL, key: string, collect: PageCollector['collect'], pageData: null | undefined): Promise<ReadResult | null> {
    const extract = collectedText(collect, document, url, pageData);
    if (extract === null) return UNCOLLECTABLE;
    const fingerprint = `collected ${extract} ${JSON.stringify(captures, withoutCapturedAt)}`;
    if (fingerprint === lastCollected) return null;
    lastCollected = fingerprint;
    const shownBefore = submitted;
    const verdict = await readCollectedPage(url.href, extract, captures);
    // After a switch the app's response for this profile may have gone to the background meanwhile: its
    // reading, once shown, is newer than a verdict on a page that still showed the last profile.
    if (verdict !== null && captureSent) await captureSent;
    if (verdict !== null && !shownBefore && submitted) return null;
    // The page was collected again while a stopped worker woke (it renders the profile meanwhile): that
    // verdict is the page's. This older "not ready", reported after it, replaced the reading the background
    // had just shown, and nothing new to collect ever put it back (restarts e2e, SPA switch).
    if (lastKey !== key || location.href !== url.href || lastCollected !== fingerprint) return null;
    if (verdict === null) {
      submitted = true;
      lastSent = fingerprint;
    }
    return verdict;
  }

  function schedule(delay = lastSent === null ? RESCAN_MS : SETTLED_RESCAN_MS) {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    // Once the page has given a reading, later DOM churn (feeds, hover cards) rarely changes it:
    // re-read less often so that a busy page pays less for us, and only when the page is idle
    // (within a second): the badge already shows a reading, and the page's own work comes first.
    const settled = lastSent !== null;
    ctx.setTimeout(() => (settled ? ctx.requestIdleCallback(() => void evaluate(), { timeout: IDLE_WAIT_MS }) : void evaluate()), delay);
  }

  /**
   * A response the page fetched, read in the background (lib/background/capture-reading.ts): the
   * content script never compiles a JSON reader or the text parsers, which on the first in-app
   * switch cost the page more than the round trip.
   */
  const readCapture = async (text: string, url: URL): Promise<CaptureResult | null> => {
    const answer = await send({ type: 'capture/read', pageUrl: url.href, text });
    return answer?.ok ? answer.capture : null;
  };

  const capture = async (text: string) => {
    const url = new URL(location.href);
    const ref = profileOf(url);
    if (!ref || ref.key !== lastKey) return;
    // After a switch the page holds the previous channel's data and header, and the badge waits on
    // this response: the background reads it and shows what it names in one trip, not two.
    if (pageDataUnread && !submitted) return (captureSent = submitWithCapture(text, url, ref));
    if (!keepCapture(await readCapture(text, url), ref)) return;
    // The badge still waits for this profile and the app has just named it (YouTube and X keep the
    // previous profile's document after a switch and name the next one first in their API
    // response): read now. Left to a rescan already set at the settled pace (the page's own
    // mutations after an early "not ready"), the warm switch took 160-190 ms instead of 70-80.
    if (!submitted) void evaluate();
    // New data the page itself just fetched: read again soon, not at the settled pace.
    else schedule(RESCAN_MS);
  };

  /** `snapshot/submit` with no reading of the page and the response to read: the message evaluate() would send once it had read it. */
  async function submitWithCapture(text: string, url: URL, ref: ProfileRef): Promise<void> {
    const answer = await send({ type: 'snapshot/submit', pageUrl: url.href, snapshot: null, captures, captureText: text });
    const read = answer?.ok ? answer.capture : null;
    if (!keepCapture(read, ref)) return;
    // Shown when it names the profile (the background checked); else the next read of the page sends it along.
    if (!read.creator?.handle) return;
    submitted = true;
    lastSent = JSON.stringify({ type: 'snapshot/submit', pageUrl: url.href, snapshot: null, captures }, withoutCapturedAt);
  }

  return { claims: (url) => profileOf(url) !== null, evaluate: () => void evaluate(), leave, capturePaths, capture: (text) => void capture(text) };
}
