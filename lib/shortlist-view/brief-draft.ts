import { CampaignBriefSchema, FIT_CRITERIA, type CampaignBrief, type FitCriterion } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import { formatCount } from '../format/format';
import { parseCount } from '../parse/count';
import { DEFAULT_BRIEF } from '../scoring/default-brief';

/**
 * A brief as the editor holds it: numbers as the user typed them, so that "12k" or an emptied
 * field can be reported on its own field instead of silently becoming 0. Shares and rates are in
 * per cent here (2 means 2 %); the brief stores fractions.
 */
export interface BriefDraft {
  base: CampaignBrief;
  name: string;
  platforms: Platform[];
  followersMin: string;
  followersMax: string;
  minEngagementKind: 'tier-average' | 'absolute';
  minEngagementPercent: string;
  minPostsPerWeek: string;
  maxDaysSinceLastPost: string;
  nicheKeywords: string;
  excludedKeywords: string;
  competitors: string;
  maxSponsoredPercent: string;
  budgetPerPost: string;
  landingPage: string;
  tierMicro: string;
  tierMid: string;
  tierMacro: string;
  tierMega: string;
  weights: Record<FitCriterion, string>;
}

/** Field name → what is wrong with it. Group errors use 'followers', 'tierBoundaries', 'weights'. */
export type BriefErrors = Partial<Record<string, string>>;

export type DraftResult = { ok: true; brief: CampaignBrief } | { ok: false; errors: BriefErrors };

const text = (n: number | null): string => (n === null ? '' : String(n));
/** 0.025 → "2.5", without float noise (0.07 * 100 is 7.000000000000001). */
const percentText = (fraction: number | null): string => (fraction === null ? '' : String(Math.round(fraction * 100 * 1e6) / 1e6));
const listText = (items: readonly string[]): string => items.join(', ');

export function briefToDraft(brief: CampaignBrief): BriefDraft {
  return {
    base: brief,
    name: brief.name,
    platforms: [...brief.platforms],
    followersMin: text(brief.followers.min),
    followersMax: text(brief.followers.max),
    minEngagementKind: brief.minEngagement.kind,
    minEngagementPercent: brief.minEngagement.kind === 'absolute' ? percentText(brief.minEngagement.value) : '',
    minPostsPerWeek: text(brief.minPostsPerWeek),
    maxDaysSinceLastPost: text(brief.maxDaysSinceLastPost),
    nicheKeywords: listText(brief.nicheKeywords),
    excludedKeywords: listText(brief.excludedKeywords),
    competitors: listText(brief.competitors),
    maxSponsoredPercent: percentText(brief.maxSponsoredShare),
    budgetPerPost: text(brief.budgetPerPost),
    landingPage: brief.landingPage ?? '',
    tierMicro: text(brief.tierBoundaries.micro),
    tierMid: text(brief.tierBoundaries.mid),
    tierMacro: text(brief.tierBoundaries.macro),
    tierMega: text(brief.tierBoundaries.mega),
    weights: Object.fromEntries(FIT_CRITERIA.map((c) => [c, text(brief.weights[c])])) as Record<FitCriterion, string>,
  };
}

class NumberReader {
  readonly errors: BriefErrors = {};

  /** '' → null when `optional`; thousands separators allowed ("10,000"); anything else not a number is an error. */
  read(field: string, raw: string, optional: boolean): number | null {
    const value = raw.trim().replace(/%$/, '').trim().replace(/(?<=\d)[,_ ](?=\d{3}\b)/g, '');
    if (value === '') {
      if (!optional) this.errors[field] = 'required';
      return null;
    }
    // A sign is let through so that "-5" is reported by the schema as below its minimum, not as gibberish.
    const n = /^[-+]?\d*\.?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n)) {
      this.errors[field] = 'is not a number';
      return null;
    }
    return n;
  }

  /**
   * A follower count as people write it and as the pages show it: "10000", "10,000", "10 000",
   * "100k", "1.5M" — read by the readers' own parser, so the form accepts what a profile displays.
   * A word the parser does not know as a unit ("12 apples") is refused rather than dropped.
   */
  count(field: string, raw: string, optional: boolean): number | null {
    const value = raw.trim();
    if (value === '') {
      if (!optional) this.errors[field] = 'required';
      return null;
    }
    const parsed = /^\+?\d[\d\s.,'’]*(?:\s?\p{L}+\.?)?$/u.test(value) ? parseCount(value) : null;
    if (!parsed || (parsed.exact && /\p{L}/u.test(value))) {
      this.errors[field] = COUNT_HELP;
      return null;
    }
    return parsed.value;
  }
}

/** What a count field accepts, said where the user typed something else. */
export const COUNT_HELP = 'not a count: write it like 10000, 10,000, 10 000, 100k or 1.5M';

function list(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A zod issue's path in the brief → the editor field that shows it. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, sub] = path.map(String);
  switch (head) {
    case 'followers':
      return sub === 'min' ? 'followersMin' : sub === 'max' ? 'followersMax' : 'followers';
    case 'minEngagement':
      return 'minEngagementPercent';
    case 'maxSponsoredShare':
      return 'maxSponsoredPercent';
    case 'tierBoundaries':
      return sub ? `tier${sub.charAt(0).toUpperCase()}${sub.slice(1)}` : 'tierBoundaries';
    case 'weights':
      return sub ? `weights.${sub}` : 'weights';
    case 'name':
    case 'platforms':
    case 'minPostsPerWeek':
    case 'maxDaysSinceLastPost':
    case 'budgetPerPost':
    case 'landingPage':
    case 'nicheKeywords':
    case 'excludedKeywords':
    case 'competitors':
      return head;
    default:
      // Fields the editor does not show (cpm, view rates, dates): reported for the form as a whole.
      return 'form';
  }
}

/** zod's issue in the editor's words ("required", "must be at least 0") instead of its own. */
function issueText(issue: { code: string; message: string; origin?: unknown; minimum?: unknown; maximum?: unknown }): string {
  // Whole bounds with thousands separators ("10,000,000"); a fractional bound as it is, never rounded.
  const bound = (n: unknown) => ((typeof n === 'number' || typeof n === 'bigint') && Number.isInteger(Number(n)) ? formatCount(Number(n)) : String(n));
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return 'required';
    if (issue.origin === 'array') return 'choose at least one';
    if (issue.origin === 'number') return `must be at least ${bound(issue.minimum)}`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'number') return `must be at most ${bound(issue.maximum)}`;
    if (issue.origin === 'string') return `must be at most ${bound(issue.maximum)} characters`;
    if (issue.origin === 'array') return `at most ${bound(issue.maximum)} items`;
  }
  return issue.message;
}

const fraction = (percent: number | null): number | null => (percent === null ? null : Math.round(percent * 1e6) / 1e8);

/**
 * The draft as a brief, checked with CampaignBriefSchema (the same check the store makes), or
 * every field's problem at once so the user can fix them in one pass.
 */
export function draftToBrief(draft: BriefDraft, now: Date): DraftResult {
  const r = new NumberReader();
  const engagementPercent = draft.minEngagementKind === 'absolute' ? r.read('minEngagementPercent', draft.minEngagementPercent, false) : null;
  const candidate = {
    ...draft.base,
    name: draft.name.trim(),
    platforms: draft.platforms,
    followers: { min: r.count('followersMin', draft.followersMin, true), max: r.count('followersMax', draft.followersMax, true) },
    minEngagement:
      draft.minEngagementKind === 'absolute' ? { kind: 'absolute' as const, value: fraction(engagementPercent) ?? 0 } : { kind: 'tier-average' as const },
    minPostsPerWeek: r.read('minPostsPerWeek', draft.minPostsPerWeek, true),
    maxDaysSinceLastPost: r.read('maxDaysSinceLastPost', draft.maxDaysSinceLastPost, true),
    nicheKeywords: list(draft.nicheKeywords),
    excludedKeywords: list(draft.excludedKeywords),
    competitors: list(draft.competitors),
    maxSponsoredShare: fraction(r.read('maxSponsoredPercent', draft.maxSponsoredPercent, true)),
    budgetPerPost: r.read('budgetPerPost', draft.budgetPerPost, true),
    landingPage: draft.landingPage.trim() || null,
    tierBoundaries: {
      micro: r.count('tierMicro', draft.tierMicro, false) ?? 0,
      mid: r.count('tierMid', draft.tierMid, false) ?? 0,
      macro: r.count('tierMacro', draft.tierMacro, false) ?? 0,
      mega: r.count('tierMega', draft.tierMega, false) ?? 0,
    },
    weights: Object.fromEntries(FIT_CRITERIA.map((c) => [c, r.read(`weights.${c}`, draft.weights[c], false) ?? 0])) as Record<FitCriterion, number>,
    updatedAt: now.toISOString(),
  };
  const parsed = CampaignBriefSchema.safeParse(candidate);
  const errors: BriefErrors = { ...r.errors };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      // The reader's "is not a number" explains more than the schema's complaint about the stand-in 0.
      errors[field] ??= issueText(issue);
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, brief: parsed.data };
}

/** A new brief: the default one's settings under a new id and name. */
export function newBrief(id: string, now: Date): CampaignBrief {
  const at = now.toISOString();
  return { ...DEFAULT_BRIEF, id, name: 'New brief', createdAt: at, updatedAt: at };
}

export function duplicateBrief(brief: CampaignBrief, id: string, now: Date): CampaignBrief {
  const at = now.toISOString();
  const name = `${brief.name} (copy)`;
  return { ...brief, id, name: name.length <= 120 ? name : `${brief.name.slice(0, 113)} (copy)`, createdAt: at, updatedAt: at };
}
