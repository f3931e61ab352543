import type { Page } from 'playwright-core';
import { SHORTLIST_STATUSES, type ShortlistEntry, type ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { summarizeEntry } from '../../lib/csv/entry-summary';
import { readStoredRow } from '../../lib/shortlist/stored-row';
import { bucketOf } from '../../lib/shortlist/summary-buckets';

/**
 * Seeded creator `i`, cloned from `template`: the rule seedCreators (shortlist-helpers.ts) and
 * seedListing (shortlist-seed.ts) apply in the page, written out here so that the summaries can be
 * computed with the store's own summarizeEntry.
 */
export function seededEntry(template: ShortlistEntry, i: number): ShortlistEntry {
  const handle = `seed.${String(i).padStart(5, '0')}`;
  const key = `instagram:${handle}`;
  const creator = { ...template.snapshot.creator, handle, displayName: `Seed ${i}`, followers: 1_000 + ((i * 7_919) % 900_000), profileUrl: `https://www.instagram.com/${handle}/` };
  const snapshot = { ...template.snapshot, creator };
  return {
    ...template,
    key,
    platform: 'instagram',
    handle,
    displayName: creator.displayName,
    snapshot,
    report: template.report ? { ...template.report, key, snapshot } : null,
    status: SHORTLIST_STATUSES[i % SHORTLIST_STATUSES.length] ?? 'shortlisted',
    tags: i % 3 === 0 ? ['seeded'] : [],
    updatedAt: new Date(Date.parse(template.updatedAt) - i * 60_000).toISOString(),
  };
}

/** The summaries of seeded creators 0 … count-1, from a template row as read raw (compact or not). */
export function seededSummaries(templateRow: unknown, count: number): ShortlistSummary[] {
  const template = readStoredRow(templateRow).entry;
  if (!template) throw new Error('the template row does not read back');
  return Array.from({ length: count }, (_, i) => summarizeEntry(seededEntry(template, i)));
}

/**
 * Put summaries into the bucket rows of database "vetted" (version 3 onwards), next to what those
 * rows already hold, as the store does in the same transaction as the creators' rows. A database
 * without a summaries store (version 2) is left alone.
 */
export async function putSeedSummaries(page: Page, summaries: readonly ShortlistSummary[]): Promise<void> {
  const groups = new Map<number, ShortlistSummary[]>();
  for (const summary of summaries) groups.set(bucketOf(summary.key), [...(groups.get(bucketOf(summary.key)) ?? []), summary]);
  await page.evaluate(async (groups) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vetted');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('summaries')) return db.close();
    const tx = db.transaction('summaries', 'readwrite');
    for (const [n, items] of groups) {
      const get = tx.objectStore('summaries').get(n);
      get.onsuccess = () => {
        const seeded = new Set(items.map((s) => s.key));
        const kept = Array.isArray(get.result) ? (get.result as Array<{ key: string }>).filter((s) => !seeded.has(s.key)) : [];
        tx.objectStore('summaries').put([...kept, ...items], n);
      };
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, [...groups]);
}
