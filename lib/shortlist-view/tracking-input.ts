// lib/shortlist/tracking.ts is pure (no storage); re-exported here so that the UI can normalise what
// the user types the way the store expects it without importing from the storage folder.
export { normalizePromoCode, PROMO_CODE_MAX } from '../shortlist/tracking';

/** A tracking link as typed: trimmed; empty clears it. Whether it is a valid URL is the store's check. */
export function normalizeTrackingLink(input: string): string | null {
  return input.trim() || null;
}
