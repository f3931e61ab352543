import type { FitCriterion, FitVerdict, HardLimitId, SignalId, SignalLevel, Tier } from '../contracts/report';
import { VERDICT_WORDS } from '../scoring/fit-summary';

/** The verdict's words (lib/scoring/fit-summary.ts: the same words start every verdict line). */
export const VERDICT_LABEL: Readonly<Record<FitVerdict, string>> = VERDICT_WORDS;

/** Whether the score is the headline: not when a hard limit fails or there is too little to judge (README "How Vetted scores" §9). */
export function verdictShowsScore(verdict: FitVerdict): boolean {
  return verdict !== 'outside-brief' && verdict !== 'insufficient-evidence';
}

export const CRITERION_LABEL: Record<FitCriterion, string> = {
  engagement: 'engagement',
  authenticity: 'authenticity',
  cadence: 'cadence',
  niche: 'niche',
  audienceSize: 'audience size',
  sponsored: 'sponsored share',
  budget: 'budget',
};

export const HARD_LIMIT_LABEL: Record<HardLimitId, string> = {
  platform: 'Platform',
  followers: 'Followers',
  'excluded-keyword': 'Excluded keyword',
  'days-since-last-post': 'Last post',
  'sponsored-share': 'Sponsored share',
};

// Each check is named for what it looks at, not for what it fears: "OK · Low engagement" read as a warning.
export const SIGNAL_LABEL: Record<SignalId, string> = {
  'engagement-too-low': 'Engagement, low side',
  'engagement-too-high': 'Engagement, high side',
  'like-spread': 'Likes from post to post',
  'median-mean-gap': 'Typical vs. average post',
  'comment-like-ratio': 'Comments per like',
  'follower-following-ratio': 'Followers vs. following',
  'mass-following': 'Accounts followed',
  'few-posts-many-followers': 'Posts vs. followers',
  'follower-growth-spike': 'Follower growth',
  'follower-drop': 'Follower losses',
  'generic-comments': 'Generic comments',
  'repeated-comments': 'Comments repeated across posts',
  'commenter-concentration': 'Same commenters on every post',
  'creator-reply-rate': 'Creator replies',
  'account-age': 'Account age',
};

export const LEVEL_LABEL: Record<SignalLevel, string> = { ok: 'OK', warn: 'Warning', risk: 'Risk', unknown: 'Not checked' };

export const TIER_LABEL: Record<Tier, string> = { nano: 'Nano', micro: 'Micro', mid: 'Mid-tier', macro: 'Macro', mega: 'Mega' };

/** Why a page could not be read, in words; keyed by TabState's unreadable reasons. */
export const UNREADABLE_TEXT: Record<string, string> = {
  private: 'This account is private: Vetted can only read public profiles.',
  'not-ready': 'The profile has not finished loading yet.',
  'unsupported-layout': 'Vetted does not recognise this page layout yet, so it shows no numbers rather than wrong ones.',
  'invalid-data': 'The page gave data Vetted could not trust, so it shows no numbers.',
  'storage-full': "Vetted's session storage is full, so it could not keep this profile's report. Close some tabs, then reload this page.",
};
