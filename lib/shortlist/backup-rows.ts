import { hiddenCharacterProblem } from '../contracts/hidden-text';
import { ShortlistEntrySchema, type ShortlistEntry } from '../contracts/shortlist-entry';
import { asObject } from '../parse/json-path';
import { profileRefFromUrl } from '../platforms/profile-url';

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
 * One creator of a backup, checked as it is: unlike a stored row (repaired on read so that nothing
 * stored is lost), a file is the user's to fix, and a row that would need repair is an error. Every
 * bad field is named ("creators[3] (instagram:ana): notes: …"), not only the first.
 */
export function checkBackupCreator(row: unknown, index: number): CheckedCreator {
  const where = `creators[${index}] (${keyOf(row)})`;
  const parsed = ShortlistEntrySchema.safeParse(row);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${where}: ${issue.path.map(String).join('.') || 'row'}: ${issue.message}`) };
  }
  const entry = parsed.data;
  const errors: string[] = [];
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
