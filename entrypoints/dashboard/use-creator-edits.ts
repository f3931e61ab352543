import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EntryChange, ShortlistStatus, ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { parseTagInput, tagChanges } from '../../lib/shortlist-view/tag-input';
import { normalizePromoCode, normalizeTrackingLink } from '../../lib/shortlist-view/tracking-input';
import { summaryOf } from '../../lib/shortlist-view/view-row';
import type { Change } from './use-store-change';

export interface CreatorEdits {
  onStatus(key: string, status: ShortlistStatus): void;
  /** `startedFrom`: the tags as the editor opened with them. */
  onTags(key: string, text: string, startedFrom?: string): Promise<boolean>;
  onNotes(key: string, text: string): Promise<boolean>;
  onPromoCode(key: string, text: string): Promise<boolean>;
  onTrackingLink(key: string, text: string): Promise<boolean>;
}

interface EditDeps {
  /** The creators as shown. */
  byKey: ReadonlyMap<string, ShortlistSummary>;
  change: Change;
  now(): Date;
  replaceEntry(summary: ShortlistSummary): void;
  reloadEntries(): Promise<void>;
  reloadStats(): Promise<void>;
  report(kind: 'error' | 'info', text: string): void;
}

/**
 * One creator's edits from the table and the details panel. Each is sent as a change with the
 * `updatedAt` this page showed, and refused if the creator was written elsewhere since: the current
 * version is then shown, the user told, and nothing they did not see is overwritten.
 */
export function useCreatorEdits({ byKey, change, now, replaceEntry, reloadEntries, reloadStats, report }: EditDeps): CreatorEdits {
  // Read when an edit is made, not a dependency: the rows keep their callbacks across list updates.
  const shown = useRef(byKey);
  useEffect(() => {
    shown.current = byKey;
  }, [byKey]);

  // One creator's edits go one after the other: leaving the tags field by clicking "Save notes"
  // sends two, and the second must be checked against the version the first one wrote.
  const inFlight = useRef(new Map<string, Promise<unknown>>());

  const patchNow = useCallback(
    async (key: string, p: EntryChange): Promise<boolean> => {
      const before = shown.current.get(key);
      const result = before ? await change((s) => s.edit(key, p, { now: now(), ifUpdatedAt: before.updatedAt })) : null;
      if (result && !result.ok) return false;
      const outcome = result?.value ?? { kind: 'missing' as const };
      if (outcome.kind === 'missing') {
        report('error', 'This creator is no longer on the shortlist (deleted in another tab?).');
        void reloadEntries();
        return false;
      }
      if (outcome.entry) {
        const summary = summaryOf(outcome.entry);
        // Known at once, before React renders it: the next edit of this creator starts from it.
        shown.current = new Map(shown.current).set(key, summary);
        replaceEntry(summary);
      } else void reloadEntries();
      if (outcome.kind === 'stale') {
        report('error', `@${before?.handle ?? key} was changed elsewhere (the overlay, another tab or a teammate) after this page showed it, so your change was not saved. The current version is shown now: make your change again if it still applies.`);
        return false;
      }
      void reloadStats();
      return true;
    },
    [change, now, replaceEntry, reloadEntries, reloadStats, report],
  );

  const patch = useCallback(
    (key: string, p: EntryChange): Promise<boolean> => {
      const run = (inFlight.current.get(key) ?? Promise.resolve()).then(() => patchNow(key, p));
      const settled = run.catch(() => undefined);
      inFlight.current.set(key, settled);
      void settled.then(() => inFlight.current.get(key) === settled && inFlight.current.delete(key));
      return run;
    },
    [patchNow],
  );

  return useMemo(
    () => ({
      onStatus: (key: string, status: ShortlistStatus) => void patch(key, { status }),
      // Sent as what the user added and removed, so a tag another page added meanwhile is kept.
      onTags: async (key: string, text: string, startedFrom?: string) => {
        const before = startedFrom === undefined ? (shown.current.get(key)?.tags ?? []) : parseTagInput(startedFrom);
        const { addTags, removeTags } = tagChanges(before, parseTagInput(text));
        return addTags.length + removeTags.length === 0 || patch(key, { addTags, removeTags });
      },
      onNotes: (key: string, text: string) => patch(key, { notes: text }),
      onPromoCode: (key: string, text: string) => patch(key, { promoCode: normalizePromoCode(text) }),
      onTrackingLink: (key: string, text: string) => patch(key, { trackingLink: normalizeTrackingLink(text) }),
    }),
    [patch],
  );
}
