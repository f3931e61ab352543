import { hiddenCharacterProblem } from '../contracts/hidden-text';
import { ShortlistEntrySchema, shortlistKey, type ShortlistEntry } from '../contracts/shortlist-entry';
import { asObject } from '../parse/json-path';
import { profileRefFromUrl } from '../platforms/profile-url';
import { compactRow, SHARED_SNAPSHOT } from './stored-row';

export type CheckedCreator = { ok: true; entry: ShortlistEntry } | { ok: false; errors: string[] };

function keyOf(row: unknown): string {
  const key = asObject(row)?.key;
  return typeof key === 'string' ? key.slice(0, 200) : '(no key)';
}

function profileUrlMatches(entry: ShortlistEntry): boolean {
  let ref: ReturnType<typeof profileRefFromUrl>;
  try {
    ref = profileRefFromUrl(new URL(entry.snapshot.creator.profileUrl));
  } catch {
    return false;
  }
  // A YouTube /channel/UC… address names no handle; the platform is all it can be checked against.
  return ref !== null && ref.platform === entry.platform && (ref.handle === null || ref.handle === entry.handle);
}

/**
 * A creator as a backup of format version 2 carries it: like a stored row, the report leaves out
 * the snapshot it shares with the entry and the row says so (SHARED_SNAPSHOT). A report computed
 * from another snapshot keeps its own. Version 1 files held every latest reading twice, ~half of
 * a backup's size.
 */
export function backupCreatorRow(entry: ShortlistEntry): unknown {
  return compactRow(entry);
}

type Expanded = { ok: true; row: unknown } | { ok: false; error: string };

/**
 * The row with its report given back the entry's snapshot, when the row says they share it. Only
 * what Vetted writes is accepted: the marker in a version 1 file, a marker that is not `true`, a
 * shared snapshot without a report, or a report that also carries a snapshot of its own are errors,
 * not guesses at which copy was meant.
 */
function expandSharedSnapshot(row: unknown, version: number): Expanded {
  const record = asObject(row);
  if (!record || !(SHARED_SNAPSHOT in record)) return { ok: true, row };
  const { [SHARED_SNAPSHOT]: marker, ...rest } = record;
  if (version < 2) return { ok: false, error: `${SHARED_SNAPSHOT}: not part of backup version ${version}` };
  if (marker !== true) return { ok: false, error: `${SHARED_SNAPSHOT}: must be true` };
  const report = asObject(rest.report);
  if (!report) return { ok: false, error: `${SHARED_SNAPSHOT}: the row has no report to share its snapshot with` };
  if ('snapshot' in report) return { ok: false, error: 'report.snapshot: the report carries its own snapshot and says it shares the entry\'s' };
  return { ok: true, row: { ...rest, report: { ...report, snapshot: rest.snapshot } } };
}

/** Names inside the row that must all say the same creator: a row pieced together from two creators is refused. */
function keyMismatches(entry: ShortlistEntry): string[] {
  const errors: string[] = [];
  const { creator } = entry.snapshot;
  if (shortlistKey(creator.platform, creator.handle) !== entry.key) errors.push(`snapshot.creator is ${shortlistKey(creator.platform, creator.handle)}, not ${entry.key}`);
  if (entry.report) {
    if (entry.report.key !== entry.key) errors.push(`report.key is ${entry.report.key}, not ${entry.key}`);
    const reported = entry.report.snapshot.creator;
    if (shortlistKey(reported.platform, reported.handle) !== entry.key) errors.push(`report.snapshot.creator is ${shortlistKey(reported.platform, reported.handle)}, not ${entry.key}`);
  }
  return errors;
}

/**
 * One creator of a backup, checked as it is: unlike a stored row (repaired on read so that nothing
 * stored is lost), a file is the user's to fix, and a row that would need repair is an error. Every
 * bad field is named ("creators[3] (instagram:ana): notes: …"), not only the first.
 */
export function checkBackupCreator(row: unknown, index: number, version: number): CheckedCreator {
  const where = `creators[${index}] (${keyOf(row)})`;
  const expanded = expandSharedSnapshot(row, version);
  if (!expanded.ok) return { ok: false, errors: [`${where}: ${expanded.error}`] };
  const parsed = ShortlistEntrySchema.safeParse(expanded.row);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${where}: ${issue.path.map(String).join('.') || 'row'}: ${issue.message}`) };
  }
  const entry = parsed.data;
  const errors: string[] = keyMismatches(entry).map((problem) => `${where}: ${problem}`);
  const notes = hiddenCharacterProblem(entry.notes);
  if (notes) errors.push(`${where}: notes ${notes}`);
  entry.tags.forEach((tag, i) => {
    const problem = hiddenCharacterProblem(tag, true);
    if (problem) errors.push(`${where}: tags.${i} ${problem}`);
  });
  const promo = entry.promoCode === null ? null : hiddenCharacterProblem(entry.promoCode, true);
  if (promo) errors.push(`${where}: promoCode ${promo}`);
  // The table links the handle to this address: it must be the creator's own profile.
  if (!profileUrlMatches(entry)) errors.push(`${where}: snapshot.creator.profileUrl is not the ${entry.platform} profile of ${entry.handle}`);
  return errors.length ? { ok: false, errors } : { ok: true, entry };
}
