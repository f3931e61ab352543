// What the user types in the promo code and tracking link fields, made storable the way the store expects.
export { normalizePromoCode, PROMO_CODE_MAX } from '../contracts/tracking';

/** A tracking link as typed: trimmed; empty clears it. Whether it is a valid URL is the store's check. */
export function normalizeTrackingLink(input: string): string | null {
  return input.trim() || null;
}
