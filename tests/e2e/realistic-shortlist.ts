import type { Page } from 'playwright-core';
import { assembleSnapshot, type InputFile } from '../../lib/cli/vet-assemble';
import { SnapshotSchema, type Platform } from '../../lib/contracts/creator';
import type { ShortlistEntry, ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { PLATFORMS } from '../../lib/contracts/vocabulary';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/shortlist/backup';
import { backupCreatorRow } from '../../lib/shortlist/backup-rows';
import { mergeSavedReport } from '../../lib/shortlist/save-merge';
import { vet } from '../../lib/vetting/vet';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../lib/platforms/fixture-files';
import { importInDashboard } from './shortlist-helpers';

/*
 * A shortlist a marketer could have built: real creators from the saved profile pages of all four
 * platforms, each vetted by the extension's own readers and vet() and saved as a save would store
 * them, with the statuses, tags and notes a campaign gives them. The screens are judged on these,
 * not on clones of one creator whose figures contradict each other.
 */

/** Profile pages only: a post page or an API response alone is not what a user saves from. */
const PROFILE_PAGE = /_(profile|channel-[a-z]+)_/;

const STATUSES: readonly ShortlistStatus[] = ['shortlisted', 'contacted', 'negotiating', 'signed', 'declined'];
const TAGS = [['travel'], [], ['tech', 'q1'], [], ['gaming']];
const NOTES = ['Asked for the media kit', '', 'Rate card received: $450/post', '', ''];

function vettedEntry(platform: Platform, file: string, i: number): ShortlistEntry | null {
  const expected = loadExpectation(platform, file);
  const input: InputFile = { name: file, kind: 'html', doc: parseHtml(loadFixtureText(platform, file), expected.url) };
  const now = new Date(expected.now);
  const assembled = assembleSnapshot([input], new URL(expected.url), now);
  if (!assembled.ok) return null;
  const snapshot = SnapshotSchema.parse(assembled.snapshot);
  const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now });
  const entry = mergeSavedReport(null, { report, snapshot, now, briefId: DEFAULT_BRIEF.id });
  return {
    ...entry,
    status: STATUSES[i % STATUSES.length] ?? 'shortlisted',
    tags: TAGS[i % TAGS.length] ?? [],
    notes: NOTES[i % NOTES.length] ?? '',
    promoCode: i === 1 ? `${snapshot.creator.handle.replace(/[^a-z0-9]/gi, '').toUpperCase().slice(0, 10)}15` : null,
  };
}

/** Every readable saved profile page, one entry per creator (the newest page of each). */
export function realisticEntries(): ShortlistEntry[] {
  const byKey = new Map<string, ShortlistEntry>();
  let i = 0;
  for (const platform of PLATFORMS) {
    for (const file of fixtureFiles(platform).filter((f) => f.endsWith('.html') && PROFILE_PAGE.test(f)).reverse()) {
      const entry = vettedEntry(platform, file, i);
      // The same channel saved years apart under two handles (ONE Media) would read as a duplicate row.
      const sameName = [...byKey.values()].some((e) => e.platform === entry?.platform && e.displayName === entry.displayName);
      if (!entry || byKey.has(entry.key) || sameName) continue;
      byKey.set(entry.key, entry);
      i += 1;
    }
  }
  return [...byKey.values()];
}

/** The entries as a Vetted backup file, the form the dashboard restores. */
export function realisticBackup(entries: readonly ShortlistEntry[]): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), creators: entries.map(backupCreatorRow), history: [], briefs: [], activeBriefId: null });
}

/** Restore the realistic shortlist through the dashboard's own import, as a user would; returns how many creators it holds. */
export async function importRealisticShortlist(dashboard: Page): Promise<number> {
  const entries = realisticEntries();
  const result = await importInDashboard(dashboard, { name: 'vetted-backup.json', mimeType: 'application/json', buffer: Buffer.from(realisticBackup(entries)) });
  if (!result.ok) throw new Error(`the realistic shortlist did not import: ${result.text}`);
  await dashboard.getByRole('button', { name: 'Shortlist' }).click();
  return entries.length;
}
