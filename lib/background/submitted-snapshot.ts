import { z } from '../contracts/zod-mini';
import { CAPS } from '../contracts/caps';
import { CreatorSchema, PostSchema, SnapshotSchema, type Snapshot } from '../contracts/creator';
import { emptyCreator } from '../platforms/empty-creator';
import { mergeSnapshots } from '../platforms/merge';
import { profileRefFromUrl } from '../platforms/profile-url';
import type { CaptureResult } from '../platforms/types';

/** A captured API response as a content script read it: some posts, maybe part of the creator. */
const CaptureSchema = z.object({
  ok: z.literal(true),
  creator: z.nullish(z.partial(CreatorSchema)),
  posts: z.array(PostSchema).check(z.maxLength(CAPS.posts)),
  sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
});

/** At most this many captures per submission (the content script keeps the latest 20). */
export const MAX_SUBMITTED_CAPTURES = 20;

/**
 * The snapshot a content script's submission stands for: its page reading (or, after an SPA switch
 * the page has not drawn yet, only the creator the page's own API response names) merged with the
 * captured responses for that profile. Merging happens here rather than in the content script: the
 * merge is the background's code, not the host page's bytes and time. Each capture is validated on
 * its own and one that does not fit is left out; the merge itself refuses captures of another
 * creator and keeps the page's own counts as the anchor (lib/platforms/merge.ts).
 */
export function submittedSnapshot(pageUrl: string, reading: unknown, captured: readonly unknown[], now: Date): { ok: true; snapshot: Snapshot } | { ok: false; detail: string } {
  const captures = captured.slice(0, MAX_SUBMITTED_CAPTURES).flatMap((c): CaptureResult[] => {
    const parsed = CaptureSchema.safeParse(c);
    return parsed.success ? [{ ...parsed.data, creator: parsed.data.creator ?? null }] : [];
  });
  const base = reading === null ? baseFromCaptures(pageUrl, captures, now) : SnapshotSchema.safeParse(reading);
  if (!base) return { ok: false, detail: 'no reading, and no capture names the profile' };
  if (!base.success) return { ok: false, detail: issues(base.error) };
  const merged = SnapshotSchema.safeParse(mergeSnapshots(base.data, ...captures));
  return merged.success ? { ok: true, snapshot: merged.data } : { ok: false, detail: issues(merged.error) };
}

function issues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
}

/** The creator a capture names for the profile at `pageUrl`, with nothing else known yet. */
function baseFromCaptures(pageUrl: string, captures: readonly CaptureResult[], now: Date) {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const ref = profileRefFromUrl(url);
  if (!ref) return null;
  const named = captures.find((c) => c.creator?.handle && (ref.handle === null || c.creator.handle === ref.handle));
  const handle = ref.handle ?? named?.creator?.handle;
  if (!named || !handle) return null;
  return SnapshotSchema.safeParse({ creator: emptyCreator(ref.platform, handle, `${url.origin}${url.pathname}`, now), posts: [], sources: [] });
}
