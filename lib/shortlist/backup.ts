import { z } from 'zod';
import { CampaignBriefSchema, type CampaignBrief } from '../contracts/report';
import { StoredReadingSchema, type StoredReading, type ShortlistEntry } from '../contracts/shortlist-entry';
import { safeJsonParse } from '../parse/embedded-json';
import { checkImportSize, IMPORT_CAPS, listErrors, storeFailure, utf8SizeAgainst, type ImportOptions } from './import';
import type { Shortlist, ShortlistContent } from './repository';
import { backupCreatorRow, checkBackupCreator } from './backup-rows';
import type { ImportResult, RowProblem } from '../contracts/shortlist-store';
import { CreatorEvidenceSchema, type CreatorEvidence } from '../contracts/evidence';
import { evidenceKey } from '../evidence/merge-evidence';

export const BACKUP_FORMAT = 'vetted-backup';
/** Version 2: a creator's report shares the entry's snapshot instead of repeating it (backup-rows.ts). Version 1 files still restore. */
export const BACKUP_VERSION = 2;

export const BACKUP_CAPS = {
  /**
   * Larger than the CSV cap on purpose: a backup carries every snapshot's posts and every report,
   * ~17 KB per creator saved with 12–30 posts (~24 KB in a version 1 file), so 10,000 creators make
   * ~170 MB (measured: restored in Chromium with ~0.6 GB of page heap). At 100 MB a backup of more
   * than ~6,000 creators could not be restored, and refusing to restore our own backup would lose
   * the user's data.
   */
  bytes: 256 * 1024 * 1024,
  creators: IMPORT_CAPS.rows,
  history: 1_000_000,
  briefs: 1_000,
  evidence: IMPORT_CAPS.rows,
} as const;

/**
 * The backup file, versions 1 and 2. Rows are checked one by one after this (see parseBackup), so
 * that each bad row is reported with its place instead of failing the whole file blindly.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.iso.datetime({ offset: true }),
  creators: z.array(z.unknown()).max(BACKUP_CAPS.creators),
  history: z.array(z.unknown()).max(BACKUP_CAPS.history),
  briefs: z.array(z.unknown()).max(BACKUP_CAPS.briefs),
  activeBriefId: z.string().max(64).nullable(),
  /** Post-page evidence of the creators in the file; backups made before it was kept have none. */
  evidence: z.array(z.unknown()).max(BACKUP_CAPS.evidence).optional(),
});

export interface BackupFile {
  fileName: string;
  json: string;
  /** Stored rows too damaged to include (they remain in the browser's storage, untouched). */
  leftOut: RowProblem[];
}

export function backupFileName(now: Date): string {
  return `vetted-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Everything on the shortlist — creators, their follower history and post-page evidence, briefs,
 * the active brief — as one JSON file. What was read of creators not on the shortlist is browsing,
 * not shortlist: it stays out. The commenter key stays out too: the file's keyed hashes cannot be
 * looked up against handles by whoever holds it.
 */
export async function createBackup(shortlist: Shortlist, now: Date): Promise<BackupFile> {
  const { creators, history, briefs, activeBriefId, evidence = [], problems } = await shortlist.dump();
  const backup: z.input<typeof BackupSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    creators: creators.map(backupCreatorRow),
    history,
    briefs,
    activeBriefId,
    evidence,
  };
  return { fileName: backupFileName(now), json: JSON.stringify(backup), leftOut: problems };
}

export type ParsedBackup =
  | { ok: true; content: ShortlistContent; /** Readings in the file of creators it does not hold: browsing, not shortlist. */ ignoredHistory: number }
  | { ok: false; message: string; errors: string[] };

const issueText = (issue: { path: PropertyKey[]; message: string } | undefined) => `${issue?.path.map(String).join('.') || 'row'}: ${issue?.message ?? 'invalid'}`;

/**
 * Check a backup file's text, strictly: one bad item and nothing is restored, and every bad item is
 * listed with its place and field ("creators[3] (instagram:ana): status: …"). Follower readings of
 * creators the file does not hold are left out: a colleague's backup carries their shortlist, not
 * the profiles they happened to browse.
 */
export function parseBackup(text: string): ParsedBackup {
  const data = safeJsonParse(text);
  if (data === null || data === undefined) return { ok: false, message: 'This file is not a Vetted backup (it is not JSON).', errors: [] };
  const envelope = BackupSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const format = typeof data === 'object' && (data as Record<string, unknown>).format;
    const version = typeof data === 'object' && (data as Record<string, unknown>).version;
    if (format === BACKUP_FORMAT && typeof version === 'number' && version > BACKUP_VERSION) {
      return { ok: false, message: 'This backup was made by a newer version of Vetted. Update Vetted, then restore it.', errors: [] };
    }
    return { ok: false, message: 'This file is not a Vetted backup.', errors: [`${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`] };
  }
  const errors: string[] = [];
  const creators: ShortlistEntry[] = [];
  const seen = new Set<string>();
  envelope.data.creators.forEach((row, i) => {
    const checked = checkBackupCreator(row, i, envelope.data.version);
    if (!checked.ok) errors.push(...checked.errors);
    else if (seen.has(checked.entry.key)) errors.push(`creators[${i}] (${checked.entry.key}): appears twice`);
    else {
      seen.add(checked.entry.key);
      creators.push(checked.entry);
    }
  });
  const history: StoredReading[] = [];
  let ignoredHistory = 0;
  envelope.data.history.forEach((row, i) => {
    const parsed = StoredReadingSchema.safeParse(row);
    if (!parsed.success) errors.push(`history[${i}]: ${issueText(parsed.error.issues[0])}`);
    else if (!seen.has(parsed.data.key)) ignoredHistory += 1;
    else history.push({ ...parsed.data, at: new Date(parsed.data.at).toISOString() });
  });
  // Evidence of a creator the file does not hold is browsing, left out as such readings are.
  const evidence: CreatorEvidence[] = [];
  const evidenceSeen = new Set<string>();
  (envelope.data.evidence ?? []).forEach((row, i) => {
    const parsed = CreatorEvidenceSchema.safeParse(row);
    if (!parsed.success) errors.push(...parsed.error.issues.slice(0, 5).map((issue) => `evidence[${i}]: ${issueText(issue)}`));
    else if (parsed.data.key !== evidenceKey(parsed.data.platform, parsed.data.handle)) errors.push(`evidence[${i}] (${parsed.data.key}): key is not its platform and handle`);
    else if (evidenceSeen.has(parsed.data.key)) errors.push(`evidence[${i}] (${parsed.data.key}): appears twice`);
    else if (seen.has(parsed.data.key)) {
      evidenceSeen.add(parsed.data.key);
      evidence.push(parsed.data);
    }
  });
  const briefs: CampaignBrief[] = [];
  envelope.data.briefs.forEach((row, i) => {
    const parsed = CampaignBriefSchema.safeParse(row);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => `briefs[${i}]: ${issueText(issue)}`));
    else briefs.push(parsed.data);
  });
  if (errors.length) {
    const rows = new Set(errors.map((e) => e.split(':')[0])).size;
    return {
      ok: false,
      message: `Nothing was restored: ${rows} ${rows === 1 ? 'item in this backup is' : 'items in this backup are'} invalid. Each is listed below with the field at fault.`,
      errors: listErrors(errors),
    };
  }
  return { ok: true, content: { creators, history, briefs, activeBriefId: envelope.data.activeBriefId, evidence }, ignoredHistory };
}

/** Restore a backup: checked first, then written in one transaction, all or nothing. */
export async function restoreBackup(shortlist: Shortlist, text: string, options: ImportOptions): Promise<ImportResult> {
  const tooLarge = checkImportSize(utf8SizeAgainst(text, BACKUP_CAPS.bytes), BACKUP_CAPS.bytes);
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge, errors: [] };
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid-file', message: parsed.message, errors: parsed.errors };
  try {
    const applied = await shortlist.applyContent(parsed.content, options);
    const notes = parsed.ignoredHistory
      ? [...applied.notes, `${parsed.ignoredHistory} follower ${parsed.ignoredHistory === 1 ? 'reading' : 'readings'} of creators not on the backup's shortlist ${parsed.ignoredHistory === 1 ? 'was' : 'were'} not restored`]
      : applied.notes;
    return { ok: true, ...applied, notes, ignoredColumns: [] };
  } catch (error) {
    return storeFailure(error);
  }
}
