import type { CampaignBrief } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { HardFail } from '../contracts/report';
import type { KeywordMatcher } from '../metrics/keyword-match';
import { MIN_SPONSORED_POSTS } from '../metrics/sponsored';
import { formatCompact, formatCount, formatDays, formatDecimal, formatList, formatPercent, platformName } from '../format/format';

export interface HardLimitInput {
  brief: Pick<CampaignBrief, 'platforms' | 'followers' | 'maxDaysSinceLastPost' | 'maxSponsoredShare'>;
  platform: Platform;
  followers: number | null;
  excluded: readonly KeywordMatcher[];
  bio: string;
  captions: readonly string[];
  daysSinceLastPost: number | null;
  /** Unpinned undated posts above the newest dated one: the last post may be newer than its date says. */
  newerUndatedPosts: number;
  sponsoredShare: number | null;
  /** Unpinned posts the share is computed over. */
  sponsoredPostsSeen: number;
}

/** "1.1M" against "100k"; full numbers when the short forms would look equal ("3k followers < 3k"). */
function countPair(value: number, limit: number): [string, string] {
  const a = formatCompact(value);
  const b = formatCompact(limit);
  return a === b ? [formatCount(value), formatCount(limit)] : [a, b];
}

/** Whole days in the headline ("687 days"), unless rounding down would hide that the limit is passed. */
function daysText(days: number, limit: number): string {
  // Whole days as everywhere else ("3,704 days") once they show the limit is passed; the decimal only where rounding would hide it.
  if (Math.round(days) > limit) return formatDays(days);
  const text = formatDecimal(days);
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** A keyword in a headline: its first 20 characters. */
function shortKeyword(keyword: string): string {
  return keyword.length <= 20 ? keyword : `${keyword.slice(0, 19)}…`;
}

/**
 * Limits that put a creator outside the brief whatever the score: platform, followers, an excluded
 * keyword, days since the last post, sponsored share. Only limits the brief states as rules and
 * that the page shows for certain are hard; engagement, posting rate and competitor mentions are
 * judged in the score instead, because they are estimates. An unknown value never fails a hard
 * limit (it lowers confidence and is left out of the score instead), and neither does one below its
 * evidence minimum (a sponsored share of fewer than 5 posts) or a last-post age that newer undated
 * posts make uncertain.
 */
export function hardFails(input: HardLimitInput): HardFail[] {
  const fails: HardFail[] = [];
  const { brief } = input;
  if (!brief.platforms.includes(input.platform)) {
    fails.push({
      criterion: 'platform',
      reason: `the brief covers ${formatList(brief.platforms.map(platformName), 4)}, not ${platformName(input.platform)}`,
      summary: `${platformName(input.platform)} is not in the brief`,
    });
  }
  const f = input.followers;
  if (f !== null && brief.followers.min !== null && f < brief.followers.min) {
    const [value, limit] = countPair(f, brief.followers.min);
    fails.push({
      criterion: 'followers',
      reason: `${formatCount(f)} followers is below the brief's minimum of ${formatCount(brief.followers.min)}`,
      summary: `${value} followers < ${limit}`,
    });
  } else if (f !== null && brief.followers.max !== null && f > brief.followers.max) {
    const [value, limit] = countPair(f, brief.followers.max);
    fails.push({
      criterion: 'followers',
      reason: `${formatCount(f)} followers is above the brief's maximum of ${formatCount(brief.followers.max)}`,
      summary: `${value} followers > ${limit}`,
    });
  }
  const found: string[] = [];
  let first: string | null = null;
  for (const matcher of input.excluded) {
    if (matcher.test(input.bio)) {
      found.push(`“${matcher.keyword}” in the bio`);
      first ??= `“${shortKeyword(matcher.keyword)}” in the bio`;
    } else {
      const n = input.captions.filter((c) => matcher.test(c)).length;
      if (n > 0) {
        found.push(`“${matcher.keyword}” in ${n} caption${n === 1 ? '' : 's'}`);
        first ??= `“${shortKeyword(matcher.keyword)}” in ${n} caption${n === 1 ? '' : 's'}`;
      }
    }
  }
  if (found.length > 0) fails.push({ criterion: 'excluded-keyword', reason: `excluded keyword ${formatList(found)}`, summary: `excluded ${first ?? 'keyword'}` });
  const days = input.daysSinceLastPost;
  const max = brief.maxDaysSinceLastPost;
  if (days !== null && max !== null && days > max && input.newerUndatedPosts === 0) {
    fails.push({
      criterion: 'days-since-last-post',
      reason: `last post ${daysText(days, max)} ago; the brief allows ${formatDays(max)}`,
      summary: `last post ${daysText(days, max)} ago`,
    });
  }
  const share = input.sponsoredShare;
  if (share !== null && input.sponsoredPostsSeen >= MIN_SPONSORED_POSTS && brief.maxSponsoredShare !== null && share > brief.maxSponsoredShare) {
    fails.push({
      criterion: 'sponsored-share',
      reason: `${formatPercent(share)} of posts sponsored; the brief allows ${formatPercent(brief.maxSponsoredShare)}`,
      summary: `${formatPercent(share)} sponsored > ${formatPercent(brief.maxSponsoredShare)}`,
    });
  }
  return fails;
}
