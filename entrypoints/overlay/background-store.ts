import type { OverlayShortlistView, SavedSummary } from '../../lib/messages/protocol';
import { askBackground } from '../../lib/runtime/ask-background';

/**
 * The overlay's shortlist, through the background. The overlay is framed in the platform's page,
 * a third-party context where Chromium denies an extension frame its IndexedDB ("The user denied
 * permission to access the database", measured in the e2e browser); the worker holds the store.
 * Every request carries this frame's mount token; every answer is checked at the receiver.
 */
export type Saved = SavedSummary;
export type ShortlistView = OverlayShortlistView;

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** Whether the creator is saved, the briefs to choose from, and the creator's follower readings. */
export async function askShortlistView(token: string, key: string): Promise<Result<ShortlistView>> {
  const answer = await askBackground({ type: 'overlay/shortlist', token, key });
  return answer.ok ? { ok: true, value: { entry: answer.value.entry, briefs: answer.value.briefs, history: answer.value.history } } : answer;
}

/** Save the tab's current report; the background refuses when `key` is no longer the tab's creator. */
export async function saveCreator(token: string, key: string, input: { tag?: string; note?: string }): Promise<Result<Saved>> {
  const answer = await askBackground({ type: 'overlay/save', token, key, ...input });
  return answer.ok ? { ok: true, value: answer.value.entry } : answer;
}

/** Make a brief active and have the tab's creator vetted against it; the report arrives through the tab state. */
export async function chooseBrief(token: string, briefId: string): Promise<Result<null>> {
  const answer = await askBackground({ type: 'overlay/brief', token, briefId });
  return answer.ok ? { ok: true, value: null } : answer;
}
