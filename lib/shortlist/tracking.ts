import { CAPS } from '../contracts/caps';
import type { CampaignBrief } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import { SHORTLIST_CAPS } from '../contracts/shortlist-entry';

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

export const PROMO_BASE_MAX = 12;
const PROMO_SUFFIX_MAX = SHORTLIST_CAPS.promoCode - PROMO_BASE_MAX;

/**
 * A promo code to suggest for a creator: the handle's letters and digits, upper case, at most 12,
 * then an optional suffix (a discount, "15"; a season, "SUMMER"). The user can change it; null when
 * the handle has no letter or digit to build from.
 */
export function suggestPromoCode(handle: string, suffix = ''): string | null {
  const base = handle
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, PROMO_BASE_MAX);
  if (!base) return null;
  const tail = suffix.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, PROMO_SUFFIX_MAX);
  return base + tail;
}

/** A promo code as the user typed it, made storable: no white space, upper case, capped; null when empty. */
export function normalizePromoCode(input: string): string | null {
  const code = input.replace(/\s+/g, '').toUpperCase().slice(0, SHORTLIST_CAPS.promoCode);
  return code || null;
}
