/**
 * What the YouTube post reader needs of a watch or Shorts page, collected as plain strings: the only
 * part of it that runs on YouTube's thread. The page-world script's pick of the page's own two
 * objects (watch-data-pick.ts) travels as the JSON text it handed over; only when it gave none, or
 * lacks one of them, do the script texts that assign them travel, unparsed. The reading (JSON, counts
 * and dates in the page's language) runs in the background worker on this extract (watch-reading.ts,
 * `post/read-page`); `youtubePostReader.readPostPage(doc)` is the two in a row, which every post
 * reader test goes through.
 */
import { YT_LANG_CHARS, configHl, dataScripts } from '../page-collect';
import { INITIAL_DATA_NAME } from '../paths';
import { PLAYER_RESPONSE_NAME } from './post-paths';

/** The pick is a few KB on the saved watch pages; one far larger is not the page-world script's. */
export const YT_PICK_CHARS = 1_000_000;

export interface YoutubeWatchExtract {
  /** `<html lang>`, the UI language the counts and dates are written in; '' when none. */
  lang: string;
  /** When `<html lang>` is no language tag: the config's INNERTUBE_CONTEXT_HL; else null. */
  configHl: string | null;
  /** The page-world script's pick of `ytInitialData` and `ytInitialPlayerResponse`, as JSON text; null when it gave none. */
  pick: string | null;
  /** The texts of the scripts that assign either object, in page order, when the pick does not hold both; else null. */
  scripts: string[] | null;
}

const PLAYER_ASSIGNMENT = `var ${PLAYER_RESPONSE_NAME}`;

/** Whether the pick's text names both objects as its members (it is `{"ytInitialData":…,"ytInitialPlayerResponse":…}`). */
const holdsBoth = (pick: string) => pick.includes(`"${INITIAL_DATA_NAME}":`) && pick.includes(`"${PLAYER_RESPONSE_NAME}":`);

export function collectYoutubeWatchPage(doc: Document, pick?: string): YoutubeWatchExtract {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, YT_LANG_CHARS);
  const handed = pick !== undefined && pick.length <= YT_PICK_CHARS ? pick : null;
  return { lang, configHl: configHl(doc, lang), pick: handed, scripts: handed !== null && holdsBoth(handed) ? null : dataScripts(doc, (text) => text.includes(INITIAL_DATA_NAME) || text.includes(PLAYER_ASSIGNMENT)) };
}
