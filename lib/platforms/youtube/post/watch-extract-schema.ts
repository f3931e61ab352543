/**
 * A YouTube watch page's extract (watch-collect.ts) as the background takes it before reading it
 * (watch-reading.ts): the page can forge every string in it, so only this shape within the bounds
 * collecting keeps to passes. A module of its own so that nothing the content scripts carry brings zod.
 */
import { z } from '../../../contracts/zod-mini';
import { YT_CONFIG_HL_CHARS, YT_LANG_CHARS, YT_SCRIPTS, YT_SCRIPT_CHARS } from '../page-collect';
import { YT_PICK_CHARS, type YoutubeWatchExtract } from './watch-collect';

export const YoutubeWatchExtractSchema = z
  .strictObject({
    lang: z.string().check(z.maxLength(YT_LANG_CHARS)),
    configHl: z.nullable(z.string().check(z.maxLength(YT_CONFIG_HL_CHARS))),
    pick: z.nullable(z.string().check(z.maxLength(YT_PICK_CHARS))),
    scripts: z.nullable(z.array(z.string().check(z.maxLength(YT_SCRIPT_CHARS))).check(z.maxLength(YT_SCRIPTS))),
  })
  .check(z.refine((extract) => (extract.scripts ?? []).reduce((sum, script) => sum + script.length, 0) <= YT_SCRIPT_CHARS, `scripts over ${YT_SCRIPT_CHARS} characters in all`)) satisfies z.ZodMiniType<YoutubeWatchExtract>;
