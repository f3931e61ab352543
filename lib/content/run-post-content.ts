import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askForReplay } from '../capture/capture-patterns';
import type { PostPageCollector } from '../platforms/post-types';
import { collectedText } from './collected-reading';
import { send } from './messenger';
import { namesAuthor, type PostSubmission } from '../platforms/post-submission';
import type { PageDataRequest } from './page-data';
import type { PageView } from './page-router';
import { vettedFrame } from './vetted-frame';

/** One platform's post pages: the responses they fetch, and whether the post is only in the rendered DOM. */
export interface PostPage {
  capturePaths: readonly RegExp[];
  /**
   * Whether the post may be on the page only once it has rendered, so that a page read that found
   * nothing is tried again as the page changes (at most WATCH_MS, stopped once a reading is taken):
   * X renders its post after load, TikTok the video the app moved to in its feed. YouTube's and
   * Instagram's posts are in JSON there at document_end or in a capture: re-reading their DOM would
   * cost the page and find nothing new.
   */
  rendered: boolean;
  /**
   * Ask the page-world script for the data the page has parsed already (lib/capture/page-data-hooks.ts)
   * instead of sending the document's script texts: a YouTube watch page's two objects are 0.3–0.9 MB
   * of JSON, their pick a few KB. Passed in (requestPageData), so that the scripts of platforms
   * without page data do not ship it.
   */
  pageData?: PageDataRequest;
}

/** Same pace as the profile view: coalesce a busy page's mutations into one read per 250 ms. */
const RESCAN_MS = 250;
/** Stop watching a rendered page this long after arriving on a post. */
const WATCH_MS = 15_000;
/** Comment pages held until the post's own reading is taken (they name no author until then). */
const PENDING_MAX = 20;

/**
 * What makes two submissions the same news. Dates are left out: YouTube and TikTok say "17 hours
 * ago", so the same response read a second later (a replay) would otherwise look new.
 */
const fingerprintOf = (submission: PostSubmission): string => JSON.stringify(submission, (key, value: unknown) => (key === 'publishedAt' ? undefined : value));

/** The post on screen and what has been said about it. */
interface Shown {
  id: string;
  pageUrl: string;
  /** Settles once the tab's previous page is cleared: nothing is sent for this post before. */
  cleared: Promise<unknown>;
  /** The background took a reading that names the author: it knows whose post this is. */
  accepted: boolean;
  pending: PostSubmission[];
  /** What was already sent, so that a replayed or re-read response is not sent twice. */
  sent: Set<string>;
  watchUntil: number;
  /** The page's own data for this post as the page-world script handed it over (JSON text), asked for on arrival; undefined: none. */
  pageData: Promise<string | undefined>;
  /** What was last collected of the page for the background to read: the same again is not sent. */
  lastExtract: string | null;
}

/**
 * A content script's post view (lib/content/page-router.ts): on a post URL (first load or in-app
 * navigation) collect what the platform's post reader needs of the page and have the background
 * read it, send the reading, then the comment pages the page itself fetches (read there too), and
 * show the overlay's post view. No JSON, count, date or text parser runs on the page's thread. Once
 * the user leaves the post it holds no timer, interval or observer. Never fetches anything; touches no storage.
 */
export function postView(ctx: ContentScriptContext, reader: PostPageCollector, { capturePaths, rendered, pageData }: PostPage): PageView {
  let shown: Shown | null = null;
  const frame = vettedFrame(ctx, reader.platform, 'post');
  let observer: MutationObserver | null = null;
  let scheduled = false;

  const stopWatching = () => {
    observer?.disconnect();
    observer = null;
  };
  ctx.onInvalidated(() => {
    stopWatching();
    frame.remove();
  });

  const submit = async (submission: PostSubmission): Promise<void> => {
    const mine = shown;
    if (!mine) return;
    const fingerprint = fingerprintOf(submission);
    if (mine.sent.has(fingerprint)) return;
    // A comment page names no author: the background can place it only once a reading has named it.
    if (!namesAuthor(submission) && !mine.accepted) {
      if (mine.pending.length < PENDING_MAX && !mine.pending.some((p) => fingerprintOf(p) === fingerprint)) mine.pending.push(submission);
      return;
    }
    mine.sent.add(fingerprint);
    await mine.cleared;
    if (shown !== mine) return;
    const response = await send({ type: 'post/submit', pageUrl: mine.pageUrl, from: submission.from, reading: submission.reading });
    if (shown !== mine || !response?.ok || !namesAuthor(submission) || mine.accepted) return;
    mine.accepted = true;
    stopWatching();
    frame.show();
    for (const held of mine.pending.splice(0)) await submit(held);
  };

  const leave = () => {
    shown = null;
    stopWatching();
    frame.remove();
  };

  /**
   * A new post: clear what the tab said before (a profile's report, the previous post) before
   * anything is said for this one, so that nothing of the old page can land after this post's
   * reading. Then ask the page-world script to replay what it recorded: after an in-app navigation
   * the app fetched the new post before the address changed.
   */
  const arrive = (id: string, url: URL): Shown => {
    leave();
    const mine: Shown = {
      id,
      pageUrl: url.href,
      cleared: send({ type: 'page/left' }),
      accepted: false,
      pending: [],
      sent: new Set(),
      watchUntil: Date.now() + WATCH_MS,
      // Asked while the background is told: the answer (one message each way) is in before it replies.
      pageData: pageData ? pageData(window, ctx.signal, 'post') : Promise.resolve(undefined),
      lastExtract: null,
    };
    shown = mine;
    askForReplay(window);
    return mine;
  };

  const evaluate = async () => {
    scheduled = false;
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    const id = reader.postIdOf(url);
    // A rescan set before the user left: the router has left the view already.
    if (!id) {
      if (shown) leave();
      return;
    }
    const mine = shown?.id === id ? shown : arrive(id, url);
    // An app that re-rendered <body> took our frame with it.
    if (mine.accepted) frame.show();
    const handed = await mine.pageData;
    // The user may have moved on while we waited; that navigation has its own evaluate().
    if (shown !== mine) return;
    const submission = await readInBackground(mine, url, handed);
    if (submission && shown === mine) await submit(submission);
    if (shown !== mine) return;
    if (rendered && !mine.accepted && Date.now() < mine.watchUntil) watch();
    else stopWatching();
  };

  function schedule() {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    ctx.setTimeout(() => void evaluate(), RESCAN_MS);
  }

  function watch() {
    if (observer || !document.body) return;
    observer = new MutationObserver(() => schedule());
    observer.observe(document.body, { childList: true, subtree: true });
  }

  /** Collect the page, and let the background read it (lib/background/post-page-reading.ts) unless it is what was sent last. */
  const readInBackground = async (mine: Shown, url: URL, handed: string | undefined): Promise<PostSubmission | null> => {
    const extract = collectedText((doc, at) => reader.collect(doc, at, handed), document, url);
    if (extract === null || extract === mine.lastExtract) return null;
    mine.lastExtract = extract;
    const answer = await send({ type: 'post/read-page', pageUrl: url.href, extract });
    // No answer (the extension was reloaded, the worker failed to start): the next rescan asks again.
    if (answer === null) mine.lastExtract = null;
    const reading = answer?.ok ? answer.reading : null;
    return reading && reading.postId === mine.id ? { from: 'page', reading } : null;
  };

  /**
   * A response the page fetched (comments, the post's JSON), read in the background
   * (lib/background/post-capture-reading.ts): a page of comments is hundreds of KB of JSON that the
   * page's thread would otherwise parse again, with readers compiled for it. The reading comes back
   * and goes out as the page's own do, so that it waits for the post's author like them.
   */
  const capture = async (text: string) => {
    const mine = shown;
    const url = new URL(location.href);
    if (!mine || reader.postIdOf(url) !== mine.id) return;
    const answer = await send({ type: 'post/read-capture', pageUrl: url.href, text });
    const reading = answer?.ok ? answer.reading : null;
    // A response about another post (the app prefetches the next video) is not this post's; nor is
    // one that comes back after the user moved on.
    if (!reading || shown !== mine || reading.postId !== mine.id) return;
    await submit({ from: 'capture', reading });
  };

  return { claims: (url) => reader.postIdOf(url) !== null, evaluate: () => void evaluate(), leave, capturePaths, capture: (text) => void capture(text) };
}
