import { z } from 'zod';
import { CampaignBriefSchema, type CampaignBrief } from '../contracts/report';
import { HistoryPointSchema, type HistoryPoint, type ShortlistEntry } from '../contracts/shortlist-entry';
import { safeJsonParse } from '../parse/embedded-json';
import { checkImportSize, IMPORT_CAPS, listErrors, storeFailure, utf8SizeAgainst, type ImportOptions, type ImportResult } from './import';
import type { Shortlist, ShortlistContent } from './repository';
import type { RowProblem } from './row-repair';
import { repairEntry } from './row-repair';

export const BACKUP_FORMAT = 'vetted-backup';
export const BACKUP_VERSION = 1;

export const BACKUP_CAPS = {
  /**
   * Larger than the CSV cap on purpose: a backup carries every snapshot's posts (~20–40 KB per
   * creator), and refusing to restore our own backup would lose the user's data.
   */
  bytes: 100 * 1024 * 1024,
  creators: IMPORT_CAPS.rows,
  history: 1_000_000,
  briefs: 1_000,
} as const;

/**
 * Backup format v1. Rows are checked one by one after this (creators repaired like stored rows),
 * so that one bad row is reported with its place instead of failing the whole file blindly.
 */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  creators: z.array(z.unknown()).max(BACKUP_CAPS.creators),
  history: z.array(z.unknown()).max(BACKUP_CAPS.history),
  briefs: z.array(z.unknown()).max(BACKUP_CAPS.briefs),
  activeBriefId: z.string().max(64).nullable(),
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

/** Everything on the shortlist — creators, follower history, briefs, the active brief — as one JSON file. */
export async function createBackup(shortlist: Shortlist, now: Date): Promise<BackupFile> {
  const { creators, history, briefs, activeBriefId, problems } = await shortlist.dump();
  const backup: z.input<typeof BackupSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    creators,
    history,
    briefs,
    activeBriefId,
  };
  return { fileName: backupFileName(now), json: JSON.stringify(backup), leftOut: problems };
}

export type ParsedBackup = { ok: true; content: ShortlistContent } | { ok: false; message: string; errors: string[] };

/** Check a backup file's text; every bad item is reported with its place ("creators[3] (instagram:ana): …"). */
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
    const { entry, problem } = repairEntry(row);
    if (!entry) errors.push(`creators[${i}] (${problem.key}): ${problem.reason}`);
    else if (seen.has(entry.key)) errors.push(`creators[${i}] (${entry.key}): appears twice`);
    else {
      seen.add(entry.key);
      creators.push(entry);
    }
  });
  const history: HistoryPoint[] = [];
  envelope.data.history.forEach((row, i) => {
    const parsed = HistoryPointSchema.safeParse(row);
    if (!parsed.success) errors.push(`history[${i}]: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    else history.push({ ...parsed.data, at: new Date(parsed.data.at).toISOString() });
  });
  const briefs: CampaignBrief[] = [];
  envelope.data.briefs.forEach((row, i) => {
    const parsed = CampaignBriefSchema.safeParse(row);
    if (!parsed.success) errors.push(`briefs[${i}]: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    else briefs.push(parsed.data);
  });
  if (errors.length) return { ok: false, message: 'Nothing was restored: some items in this backup are damaged.', errors: listErrors(errors) };
  return { ok: true, content: { creators, history, briefs, activeBriefId: envelope.data.activeBriefId } };
}

/** Restore a backup: checked first, then written in one transaction, all or nothing. */
export async function restoreBackup(shortlist: Shortlist, text: string, options: ImportOptions): Promise<ImportResult> {
  const tooLarge = checkImportSize(utf8SizeAgainst(text, BACKUP_CAPS.bytes), BACKUP_CAPS.bytes);
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge, errors: [] };
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid-file', message: parsed.message, errors: parsed.errors };
  try {
    const applied = await shortlist.applyContent(parsed.content, options);
    return { ok: true, ...applied, ignoredColumns: [] };
  } catch (error) {
    return storeFailure(error);
  }
}
