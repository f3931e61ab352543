import { CAPS } from './caps';
import type { CampaignBrief } from './brief';
import type { Platform } from './creator';
import { SHORTLIST_CAPS } from './shortlist-entry';

export type TrackingBrief = Pick<CampaignBrief, 'id' | 'name' | 'landingPage'>;

/** "Summer Glow '26 — España" → "summer-glow-26-espana": what a UTM report groups by. */
export function campaignSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function parseLandingPage(text: string | null): URL | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The brief's landing page tagged for this creator:
 * utm_source=<platform>, utm_medium=influencer, utm_campaign=<brief name slug, else id>, utm_content=<handle>.
 * Query parameters already on the landing page are kept; UTM ones are overwritten, since a landing
 * page copied from an old campaign would otherwise credit the wrong one. Null without a landing page.
 */
export function trackingLinkFor(brief: TrackingBrief, platform: Platform, handle: string): string | null {
  const landing = parseLandingPage(brief.landingPage);
  if (!landing) return null;
  landing.searchParams.set('utm_source', platform);
  landing.searchParams.set('utm_medium', 'influencer');
  landing.searchParams.set('utm_campaign', campaignSlug(brief.name) || brief.id);
  landing.searchParams.set('utm_content', handle);
  const link = landing.href;
  return link.length <= CAPS.url ? link : null;
}

/** The longest promo code the shortlist stores; the UI says so next to the field. */
export const PROMO_CODE_MAX = SHORTLIST_CAPS.promoCode;

/**
 * A promo code to suggest for a creator: the handle's letters and digits, upper case, then an
 * optional suffix (a discount, "15"; a season, "SUMMER"). The handle is never cut (every platform's
 * handles fit in PROMO_CODE_MAX); a suffix that would not fit is left off rather than shortened.
 * The user can change it; null when the handle has no letter or digit to build from.
 */
export function suggestPromoCode(handle: string, suffix = ''): string | null {
  const base = handle
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
  if (!base || base.length > PROMO_CODE_MAX) return base ? base.slice(0, PROMO_CODE_MAX) : null;
  const tail = suffix.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return base.length + tail.length <= PROMO_CODE_MAX ? base + tail : base;
}

/**
 * A promo code as the user typed it: no white space, upper case; null when empty. Not cut: a code
 * longer than PROMO_CODE_MAX is refused by the store's schema with a message, never shortened.
 */
export function normalizePromoCode(input: string): string | null {
  const code = input.replace(/\s+/g, '').toUpperCase();
  return code || null;
}
