import type { CaptureResult, PageCollector, ReadFailure } from '../platforms/types';
import { send } from './messenger';

/**
 * Hand what a content script collected of its page (lib/platforms/<platform>/page-collect.ts) to the
 * background, which reads it and shows the reading: the reader's JSON, count, date and text parsing
 * then costs the page's thread nothing. Resolves to null when the background took a reading, else to
 * the reader's verdict as the content script reports it (a page still rendering, a private account):
 * a background that cannot be reached is "not ready", an extract it refuses "unsupported layout".
 * Any other failure of the background's (its storage, its own error) is not the page's: nothing is
 * reported, as a reading the content script sends itself reports nothing when its submission fails.
 */
export async function readCollectedPage(pageUrl: string, extract: string, captures: CaptureResult[]): Promise<ReadFailure | null> {
  const answer = await send({ type: 'snapshot/submit', pageUrl, snapshot: null, pageData: extract, captures });
  if (answer === null) return { ok: false, reason: 'not-ready', tried: [] };
  if (!answer.ok) return answer.error.code === 'invalid-data' || answer.error.code === 'bad-request' ? { ok: false, reason: 'unsupported-layout', tried: ['page (refused by the background)'] } : null;
  return answer.unread ? { ok: false, ...answer.unread } : null;
}

/**
 * What was collected of the page, as the text handed over; null when the page threw while it was
 * collected (a getter or selector it broke). `pageData` null: the background found no reading in the
 * page's own data (PageCollector.collect); collectors of platforms without page data never get it.
 */
export function collectedText(collect: PageCollector['collect'], doc: Document, url: URL, pageData?: null): string | null {
  try {
    return JSON.stringify(pageData === null ? collect(doc, url, null) : collect(doc, url));
  } catch {
    return null;
  }
}

/** The verdict on a page that cannot be collected, as a reader's on a page it cannot read. */
export const UNCOLLECTABLE: ReadFailure = { ok: false, reason: 'unsupported-layout', tried: ['page (uncollectable)'] };
