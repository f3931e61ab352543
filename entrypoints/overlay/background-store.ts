import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FollowerPointSchema } from '../../lib/contracts/report';
import { ShortlistStatusSchema } from '../../lib/contracts/shortlist-entry';

/**
 * The overlay's shortlist, through the background. The overlay is framed in the platform's page,
 * a third-party context where Chromium denies an extension frame its IndexedDB ("The user denied
 * permission to access the database", measured in the e2e browser); the worker holds the store.
 * Every answer is checked here, at the receiver.
 */
const SavedSchema = z.object({ status: ShortlistStatusSchema, tags: z.array(z.string().max(40)).max(20), updatedAt: z.iso.datetime({ offset: true }) });
export type Saved = z.infer<typeof SavedSchema>;

const ShortlistViewSchema = z.object({
  entry: SavedSchema.nullable(),
  briefs: z.array(z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(120) })).max(500),
  history: z.array(FollowerPointSchema).max(5_000),
});
export type ShortlistView = z.infer<typeof ShortlistViewSchema>;

const FailureSchema = z.object({ ok: z.literal(false), error: z.object({ message: z.string().max(1_000) }) });

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

async function ask<T>(message: unknown, schema: z.ZodType<T>): Promise<Result<T>> {
  let response: unknown;
  try {
    response = await browser.runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, message: `Vetted's background is unreachable (${error instanceof Error ? error.message : String(error)}); reload the page.` };
  }
  const failure = FailureSchema.safeParse(response);
  if (failure.success) return { ok: false, message: failure.data.error.message };
  const parsed = schema.safeParse(response);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: 'Vetted got an answer from its background it cannot read; nothing was changed.' };
}

/** Whether the creator is saved, the briefs to choose from, and the creator's follower readings. */
export function askShortlistView(key: string): Promise<Result<ShortlistView>> {
  return ask({ type: 'overlay/shortlist', key }, z.object({ ok: z.literal(true) }).extend(ShortlistViewSchema.shape));
}

/** Save the tab's current report; the background refuses when `key` is no longer the tab's creator. */
export async function saveCreator(key: string, input: { tag?: string; note?: string }): Promise<Result<Saved>> {
  const result = await ask({ type: 'overlay/save', key, ...input }, z.object({ ok: z.literal(true), entry: SavedSchema }));
  return result.ok ? { ok: true, value: result.value.entry } : result;
}

/** Make a brief active and have the tab's creator vetted against it; the report arrives through the tab state. */
export async function chooseBrief(briefId: string): Promise<Result<null>> {
  const result = await ask({ type: 'overlay/brief', briefId }, z.object({ ok: z.literal(true) }).loose());
  return result.ok ? { ok: true, value: null } : result;
}
