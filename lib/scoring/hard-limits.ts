import type { CampaignBrief } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { Fit, HardLimitId } from '../contracts/report';
import { formatCount, formatDays, formatList, formatPercent, platformName } from '../metrics/format';
import type { KeywordMatcher } from '../metrics/keyword-match';

/**
 * Limits that put a creator outside the brief whatever the score. Only limits the brief states as
 * rules and that the page shows for certain are hard; engagement, posting rate and competitor
 * mentions are judged in the score instead, because they are estimates. An unknown value never
 * fails a hard limit (it lowers confidence and earns partial points instead).
 */
export const HARD_LIMITS: Readonly<Record<HardLimitId, string>> = {
  platform: 'the creator is on a platform the brief does not cover',
  followers: 'followers outside the brief’s range',
  'excluded-keyword': 'an excluded keyword appears in the bio or a caption',
  'days-since-last-post': 'the last post is older than the brief allows',
  'sponsored-share': 'more sponsored posts than the brief allows',
};

export interface HardLimitInput {
  brief: Pick<CampaignBrief, 'platforms' | 'followers' | 'maxDaysSinceLastPost' | 'maxSponsoredShare'>;
  platform: Platform;
  followers: number | null;
  excluded: readonly KeywordMatcher[];
  bio: string;
  captions: readonly string[];
  daysSinceLastPost: number | null;
  sponsoredShare: number | null;
}

export function hardFails(input: HardLimitInput): Fit['hardFails'] {
  const fails: Fit['hardFails'] = [];
  const { brief } = input;
  if (!brief.platforms.includes(input.platform)) {
    fails.push({
      criterion: 'platform',
      reason: `the brief covers ${formatList(brief.platforms.map(platformName), 4)}, not ${platformName(input.platform)}`,
    });
  }
  const f = input.followers;
  if (f !== null && brief.followers.min !== null && f < brief.followers.min) {
    fails.push({ criterion: 'followers', reason: `${formatCount(f)} followers is below the brief's minimum of ${formatCount(brief.followers.min)}` });
  } else if (f !== null && brief.followers.max !== null && f > brief.followers.max) {
    fails.push({ criterion: 'followers', reason: `${formatCount(f)} followers is above the brief's maximum of ${formatCount(brief.followers.max)}` });
  }
  const found: string[] = [];
  for (const matcher of input.excluded) {
    if (matcher.test(input.bio)) found.push(`“${matcher.keyword}” in the bio`);
    else {
      const n = input.captions.filter((c) => matcher.test(c)).length;
      if (n > 0) found.push(`“${matcher.keyword}” in ${n} caption${n === 1 ? '' : 's'}`);
    }
  }
  if (found.length > 0) fails.push({ criterion: 'excluded-keyword', reason: `excluded keyword ${formatList(found)}` });
  const days = input.daysSinceLastPost;
  if (days !== null && brief.maxDaysSinceLastPost !== null && days > brief.maxDaysSinceLastPost) {
    fails.push({ criterion: 'days-since-last-post', reason: `last post ${formatDays(days)} ago; the brief allows ${formatDays(brief.maxDaysSinceLastPost)}` });
  }
  const share = input.sponsoredShare;
  if (share !== null && brief.maxSponsoredShare !== null && share > brief.maxSponsoredShare) {
    fails.push({ criterion: 'sponsored-share', reason: `${formatPercent(share)} of posts sponsored; the brief allows ${formatPercent(brief.maxSponsoredShare)}` });
  }
  return fails;
}
