/**
 * A YouTube channel page's extract (page-collect.ts) as the background takes it before reading it
 * (page-extract-reading.ts): the page can forge every string in it, so only this shape within the
 * bounds collecting keeps to passes; anything else, or more, is refused. A module of its own so
 * that nothing the content scripts carry brings zod.
 */
import { z } from '../../contracts/zod-mini';
import {
  YT_CONFIG_HL_CHARS,
  YT_LANG_CHARS,
  YT_METADATA_ROWS,
  YT_SCRIPT_CHARS,
  YT_SCRIPTS,
  YT_TEXT_CHARS,
  type YoutubePageExtract,
} from './page-collect';
import { DOM } from './paths';

const text = z.string().check(z.maxLength(YT_TEXT_CHARS));
/** Per rung of one of DOM's ladders, the text it matched. */
const rungs = (ladder: readonly unknown[]) => z.array(text).check(z.length(ladder.length));

export const YoutubePageExtractSchema = z
  .strictObject({
    lang: z.string().check(z.maxLength(YT_LANG_CHARS)),
    configHl: z.nullable(z.string().check(z.maxLength(YT_CONFIG_HL_CHARS))),
    scripts: z.nullable(z.array(z.string().check(z.maxLength(YT_SCRIPT_CHARS))).check(z.maxLength(YT_SCRIPTS))),
    dom: z.strictObject({
      names: rungs(DOM.name),
      handles: rungs(DOM.handle),
      subscribers: rungs(DOM.subscribers),
      metadataRows: z.array(text).check(z.maxLength(YT_METADATA_ROWS)),
      consent: z.boolean(),
    }),
  })
  .check(
    // One budget for all the scripts, as the collecting keeps to.
    z.refine((page) => (page.scripts ?? []).reduce((sum, script) => sum + script.length, 0) <= YT_SCRIPT_CHARS, 'scripts longer in all than the collecting keeps'),
  ) satisfies z.ZodMiniType<YoutubePageExtract>;

/**
 * Whether page data a YouTube content script handed over is its collected page rather than the
 * page-world script's pick (page-data-pick.ts): the pick's keys are the page data's own (`header`,
 * `contents`…), never these. An object with any of them is read as an extract, and refused unless
 * it is one whole.
 */
export function isCollectedYoutubePage(data: Record<string, unknown>): boolean {
  return EXTRACT_KEYS.some((key) => Object.hasOwn(data, key));
}

const EXTRACT_KEYS = ['lang', 'configHl', 'scripts', 'dom'] as const satisfies ReadonlyArray<keyof YoutubePageExtract>;
