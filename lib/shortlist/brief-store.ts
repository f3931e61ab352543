import type { BriefProblem } from '../contracts/shortlist-store';
import { CampaignBriefSchema, type CampaignBrief } from '../contracts/report';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ShortlistDB } from './db';

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type BriefStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'briefs', 'readonly' | 'readwrite'>;

/** Every stored brief that passes the schema, by name; the others are reported, not dropped from storage. */
export async function readBriefs(store: BriefStoreRead): Promise<{ briefs: CampaignBrief[]; problems: BriefProblem[] }> {
  const rows = await store.getAll();
  const briefs: CampaignBrief[] = [];
  const problems: BriefProblem[] = [];
  for (const row of rows) {
    const parsed = CampaignBriefSchema.safeParse(row);
    if (parsed.success) briefs.push(parsed.data);
    else problems.push({ id: String(row.id).slice(0, 64), reason: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  briefs.sort((a, b) => a.name.localeCompare(b.name));
  return { briefs, problems };
}

export async function readBrief(store: BriefStoreRead, id: string): Promise<CampaignBrief | null> {
  const parsed = CampaignBriefSchema.safeParse(await store.get(id));
  return parsed.success ? parsed.data : null;
}
