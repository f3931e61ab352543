import type { CampaignBrief, CpmRange, PriceFormat } from '../contracts/brief';
import type { Platform, Post } from '../contracts/creator';
import type { Price } from '../contracts/report';
import { formatCount, formatPercent, formatUsdRange } from '../format/format';

export interface PriceDefaults {
  cpm: CpmRange;
  cpmSource: string;
  /** Expected views per post as a fraction of followers, when the posts show no views. */
  viewRate: number;
  viewRateSource: string;
}

const CPM_SOURCE = 'https://www.wordontheblock.com/blog/influencer-pricing-guide';
const VIEW_RATE_SOURCE = 'https://sponsorrate-com.pages.dev/methodology';

/**
 * Defaults from methodology §3.6. CPMs: Instagram $5–15, TikTok $5–15, YouTube $15–30 (Word on
 * the Block). View rates: Instagram feed 25 %, Reel 40 %, TikTok 30 %, YouTube 30 % (SponsorRate).
 * X has no influencer CPM of its own in the sources; inBeat's "typical influencer CPMs range from
 * $2 to $10" is used, and reach = 10 % of followers from the engagementratecalculator.net model
 * (§3.6) — X shows views on each post, so the view rate is a last resort there.
 */
export const PRICE_DEFAULTS: Readonly<Record<PriceFormat, PriceDefaults>> = {
  'instagram-feed': { cpm: { low: 5, high: 15 }, cpmSource: CPM_SOURCE, viewRate: 0.25, viewRateSource: VIEW_RATE_SOURCE },
  'instagram-reel': { cpm: { low: 5, high: 15 }, cpmSource: CPM_SOURCE, viewRate: 0.4, viewRateSource: VIEW_RATE_SOURCE },
  'tiktok-video': { cpm: { low: 5, high: 15 }, cpmSource: CPM_SOURCE, viewRate: 0.3, viewRateSource: VIEW_RATE_SOURCE },
  'youtube-video': { cpm: { low: 15, high: 30 }, cpmSource: CPM_SOURCE, viewRate: 0.3, viewRateSource: VIEW_RATE_SOURCE },
  'x-post': {
    cpm: { low: 2, high: 10 },
    cpmSource: 'https://www.inbeat.co/articles/average-cpm-for-influencer-marketing',
    viewRate: 0.1,
    viewRateSource: 'https://engagementratecalculator.net',
  },
};

export const COST_PER_ENGAGEMENT_FORMULA = 'price ÷ median interactions (likes + comments + shares) per eligible post';

/** Instagram creators are priced as Reels when most eligible posts are videos, as feed posts otherwise. */
export function priceFormatFor(platform: Platform, eligible: readonly Post[]): PriceFormat {
  switch (platform) {
    case 'tiktok':
      return 'tiktok-video';
    case 'youtube':
      return 'youtube-video';
    case 'x':
      return 'x-post';
    case 'instagram': {
      let videos = 0;
      for (const p of eligible) if (p.kind === 'video' || p.kind === 'short') videos++;
      return eligible.length > 0 && videos * 2 > eligible.length ? 'instagram-reel' : 'instagram-feed';
    }
  }
}

/**
 * Whole dollars, except under $10 where rounding would turn a nano creator's $0.13–$0.40 into
 * "$0", a price no one can quote and that reads as free.
 */
function dollars(n: number): number {
  return Math.abs(n) < 10 ? cents(n) : Math.round(n);
}

function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface PriceInput {
  platform: Platform;
  followers: number | null;
  eligible: readonly Post[];
  /** Median views of the eligible posts that show views. */
  medianViews: number | null;
  medianInteractions: number | null;
  brief: Pick<CampaignBrief, 'cpm' | 'viewRates'>;
}

/**
 * Fee range per post = expected views × CPM ÷ 1,000. Expected views are the median views of the
 * eligible posts when shown, else followers × the format's view rate. Brief overrides win.
 */
export function estimatePrice(input: PriceInput): Price {
  const format = priceFormatFor(input.platform, input.eligible);
  const defaults = PRICE_DEFAULTS[format];
  const cpm = input.brief.cpm?.[format] ?? defaults.cpm;
  const cpmSource = input.brief.cpm?.[format] ? 'brief' : defaults.cpmSource;
  const viewRateSetting = input.brief.viewRates?.[format] ?? defaults.viewRate;

  let expectedViews: number | null = null;
  let source: Price['expectedViewsSource'] = null;
  let viewRate: number | null = null;
  let viewsText = '';
  if (input.medianViews !== null) {
    expectedViews = input.medianViews;
    source = 'median-views';
    viewsText = `median views of the eligible posts (${formatCount(expectedViews)})`;
  } else if (input.followers !== null) {
    viewRate = viewRateSetting;
    expectedViews = input.followers * viewRate;
    source = 'followers-x-view-rate';
    viewsText = `followers (${formatCount(input.followers)}) × ${formatPercent(viewRate)} view rate (${formatCount(expectedViews)})`;
  }

  const cpmText = `CPM ${formatUsdRange(cpm.low, cpm.high)}`;
  if (expectedViews === null) {
    return {
      currency: 'USD',
      format,
      low: null,
      high: null,
      expectedViews: null,
      expectedViewsSource: null,
      viewRate: null,
      cpm: { low: cpm.low, high: cpm.high },
      cpmSource,
      medianInteractions: input.medianInteractions,
      costPerEngagement: null,
      formula: `expected views × ${cpmText} ÷ 1,000`,
      costPerEngagementFormula: COST_PER_ENGAGEMENT_FORMULA,
      reason: 'neither views nor followers are known',
    };
  }
  const low = dollars((expectedViews * cpm.low) / 1000);
  const high = dollars((expectedViews * cpm.high) / 1000);
  const mi = input.medianInteractions;
  return {
    currency: 'USD',
    format,
    low,
    high,
    expectedViews,
    expectedViewsSource: source,
    viewRate,
    cpm: { low: cpm.low, high: cpm.high },
    cpmSource,
    medianInteractions: mi,
    costPerEngagement: mi !== null && mi > 0 ? { low: cents(low / mi), high: cents(high / mi) } : null,
    formula: `${viewsText} × ${cpmText} ÷ 1,000`,
    costPerEngagementFormula: COST_PER_ENGAGEMENT_FORMULA,
    reason: null,
  };
}
