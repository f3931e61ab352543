/**
 * What the YouTube channel reader needs of the page besides the page-world script's pick of
 * `ytInitialData` (page-data-pick.ts), collected as plain strings: the only part of the channel
 * reader that runs on the page's own thread. The reading itself (the page data's JSON, counts in
 * the page's language, dates, the rendered header's texts) runs in the background worker on this
 * extract (page-extract-reading.ts); `youtubeReader.read(doc)` is the two in a row, which every
 * reader test goes through.
 *
 * The content script hands the pick over first, as it is; this extract follows only when the worker
 * found no reading of the channel in it (another channel's data after an in-app switch, a header it
 * does not know: then `scripts` is null and only the rendered header is read), or when the page-world
 * script gave no pick (then the script text that holds the data travels, unparsed, and the worker
 * parses it). DOM access only: nothing here parses JSON, a count or a date, and nothing reaches
 * lib/parse (tests/lib/platforms/youtube-page-extract.test.ts walks the imports). Every string and
 * list is cut to a bound, so that a forged page cannot make the extract large.
 */
import { CAPS } from '../../contracts/caps';
import type { Selector } from '../page-path';
import { pathOf, select } from '../page-select';
import { normalizeLocale } from './locale-tag';
import { CONFIG_HL, DOM, INITIAL_DATA_NAME } from './paths';

/**
 * Longest text of the rendered header kept: twice the longest cap the reader applies (a caption's,
 * 2,200), since the reader collapses spaces before it cuts; far longer than any name, handle or
 * count line YouTube shows.
 */
export const YT_TEXT_CHARS = 2 * CAPS.caption;
/** `<html lang>`, as the message that carries it bounds it. */
export const YT_LANG_CHARS = 64;
/** The config's INNERTUBE_CONTEXT_HL, as CONFIG_HL matches it: a language tag of at most 12 characters. */
export const YT_CONFIG_HL_CHARS = 16;
/** Rows of the 2024+ header's metadata: the header has two. */
export const YT_METADATA_ROWS = 20;
/**
 * The scripts that name `ytInitialData`, all together: a script over what is left is left out whole
 * (cut JSON would not parse anyway). The saved channel pages' data are 0.17–0.52 million characters,
 * the hostile page's (thousands of forged videos) 1.37 million, and it is still read.
 */
export const YT_SCRIPT_CHARS = 1_500_000;
/** Scripts that name `ytInitialData` kept: the saved pages have two (the data, and a small one that reads it). */
export const YT_SCRIPTS = 8;

/** The rendered header, as the page shows it: per rung of each of DOM's ladders, the text of what that rung's selector matches first ('' when nothing). */
export interface YoutubeDomExtract {
  names: string[];
  handles: string[];
  subscribers: string[];
  /** The text of each of the 2024+ header's metadata rows ("@handle", "24.6M subscribers • 636 videos"), in page order. */
  metadataRows: string[];
  /** The page is YouTube's consent interstitial. */
  consent: boolean;
}

/** What the channel reader needs of a YouTube page. Plain JSON: strings, booleans, arrays, objects, null. */
export interface YoutubePageExtract {
  /** `<html lang>`, the UI language the header's counts and the videos' dates are written in; '' when none. */
  lang: string;
  /** When `<html lang>` is no language tag: the config's INNERTUBE_CONTEXT_HL; else null. */
  configHl: string | null;
  /**
   * The text of each script that names `ytInitialData`, in page order, for the worker to find the
   * data in; null when the data is read elsewhere (the page-world script's pick, handed over first).
   */
  scripts: string[] | null;
  dom: YoutubeDomExtract;
}

const cut = (text: string | null | undefined, max: number): string => (text ?? '').slice(0, max);

const shown = (doc: Document, ladder: readonly Selector[]): string[] => ladder.map((rung) => cut(select(doc, rung)?.textContent, YT_TEXT_CHARS));

/** The first `max` of the elements a query matched, without copying the rest. */
function firstOf(list: NodeListOf<Element>, max: number): Element[] {
  return Array.from({ length: Math.min(list.length, max) }, (_, i) => list[i]!);
}

/** The language the page's config states, looked for only when `<html lang>` does not say (the 2018 rendered DOM). */
export function configHl(doc: Document, lang: string): string | null {
  if (normalizeLocale(lang)) return null;
  for (const script of Array.from(doc.scripts)) {
    const text = script.textContent ?? '';
    if (text.includes('INNERTUBE_CONTEXT_HL')) return cut(CONFIG_HL.exec(text)?.[1], YT_CONFIG_HL_CHARS) || null;
  }
  return null;
}

const namesData = (text: string) => text.includes(INITIAL_DATA_NAME);

/** The scripts `wanted` (by default those that name the page data), in page order, within one budget for all of them. */
export function dataScripts(doc: Document, wanted: (text: string) => boolean = namesData): string[] {
  const texts: string[] = [];
  let left = YT_SCRIPT_CHARS;
  for (const script of Array.from(doc.scripts)) {
    if (texts.length >= YT_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (!wanted(text) || text.length > left) continue;
    texts.push(text);
    left -= text.length;
  }
  return texts;
}

/**
 * The page at `url` as the channel reader needs it. `pageData` null: the page's data is read from
 * elsewhere (the pick the worker has read already), so its script text is not collected.
 */
export function collectYoutubePage(doc: Document, _url: URL, pageData?: null): YoutubePageExtract {
  const lang = cut(doc.documentElement?.getAttribute('lang'), YT_LANG_CHARS);
  return {
    lang,
    configHl: configHl(doc, lang),
    scripts: pageData === null ? null : dataScripts(doc),
    dom: {
      names: shown(doc, DOM.name),
      handles: shown(doc, DOM.handle),
      subscribers: shown(doc, DOM.subscribers),
      metadataRows: firstOf(doc.querySelectorAll(pathOf(DOM.metadataRows)), YT_METADATA_ROWS).map((row) => cut(row.textContent, YT_TEXT_CHARS)),
      consent: select(doc, DOM.consent) !== null,
    },
  };
}
