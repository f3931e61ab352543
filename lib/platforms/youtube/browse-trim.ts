import { YOUTUBE_CAPTURE_PATHS } from '../../capture/capture-patterns';
import { pickPageData } from './page-data-pick';

/**
 * Only a channel tab's response carries this (every saved one, 2021-07 .. 2026-05); the home feed,
 * search and a tab's continuations do not, and are handed over as they came: a text search costs
 * the page far less than parsing a feed nobody reads.
 */
const CHANNEL_MARK = '"channelMetadataRenderer"';
/** Channel tabs are 0.25–0.7 MB: past this the page's thread is not spent parsing it again. */
export const MAX_TRIMMED_CHARS = 2_000_000;

/**
 * A channel tab's `/youtubei/v1/browse` response cut, in the page's world, to what the channel reader
 * reads: the same pick as the page's own `ytInitialData` (page-data-pick.ts), which has the same
 * shape. The 250–700 KB response becomes 37–51 KB before it is copied to the content script and on
 * to the worker: whole, on a switch to another channel, its eight parts took the worker 14–21 ms to
 * gather and 6–12 ms to parse (timestamps in a debug build, 2026-12-07); cut, 1.5–4 ms. `parse` and
 * `stringify` are the page's JSON functions as they were at document_start. Anything that is not a
 * channel tab, or not JSON, is returned as it came.
 */
export function trimChannelBrowse(parse: (text: string) => unknown, stringify: (value: unknown) => string): (path: string, text: string) => string {
  return (path, text) => {
    if (text.length > MAX_TRIMMED_CHARS || !YOUTUBE_CAPTURE_PATHS.some((pattern) => pattern.test(path)) || !text.includes(CHANNEL_MARK)) return text;
    let picked: Record<string, unknown> | undefined;
    try {
      picked = pickPageData(parse(text));
    } catch {
      return text;
    }
    return picked ? stringify(picked) : text;
  };
}
