import { BACKUP_CAPS, restoreBackup } from '../shortlist/backup';
import type { ImportResult } from '../contracts/shortlist-store';
import { checkImportSize, IMPORT_CAPS, importCsv, type ImportOptions } from '../shortlist/import';
import type { Shortlist } from '../shortlist/repository';
import { isBackupFile, type ImportableFile } from '../shortlist-view/importable-file';

/**
 * Import a file the user picked: a JSON backup is restored, anything else is read as a CSV. The
 * size is checked before the file is read, so a 2 GB mistake is refused without loading it.
 * Wiring only: it reaches storage through the shortlist it is given.
 */
export async function importFile(shortlist: Shortlist, file: ImportableFile, options: ImportOptions): Promise<ImportResult> {
  const backup = isBackupFile(file);
  const tooLarge = checkImportSize(file.size, backup ? BACKUP_CAPS.bytes : IMPORT_CAPS.csvBytes);
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge, errors: [] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, reason: 'invalid-file', message: 'This file could not be read.', errors: [error instanceof Error ? error.message : String(error)] };
  }
  return backup ? restoreBackup(shortlist, text, options) : importCsv(shortlist, text, options);
}
