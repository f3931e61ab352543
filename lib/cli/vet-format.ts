import type { VettingReport } from '../contracts/report';
import { CRITERION_LABEL, HARD_LIMIT_LABEL, LEVEL_LABEL, SIGNAL_LABEL, TIER_LABEL } from '../vetting/labels';
import { formatCount, formatDays, formatPercent, formatPerWeek, formatPostsUsed, formatUsdRange, platformName } from '../format/format';

// The UI's formats (lib/format/format.ts), with "n/a" for an unknown value where a terminal has no room for a dash's subtlety.
const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : formatPercent(x));
const num = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : formatCount(x));

// The panel's words for a criterion without points (components/overlay/fit-section.tsx).
const STATUS_TEXT = { 'not-measured': 'not measured', 'not-set': 'not in the brief' } as const;

/** What the post pages added, when any was read; the next step when it would measure engagement. */
function postEvidenceLines(report: VettingReport): string[] {
  const { postsFromPostPages, comments, nextStep } = report.postEvidence;
  const lines: string[] = [];
  if (postsFromPostPages > 0 || comments.sampled > 0) {
    lines.push(`Post pages: ${postsFromPostPages} post${postsFromPostPages === 1 ? '' : 's'} read on ${postsFromPostPages === 1 ? 'its' : 'their'} own page; ${comments.sampled} comments from ${comments.posts} post${comments.posts === 1 ? '' : 's'}`);
    const reply = comments.signals.find((s) => s.id === 'creator-reply-rate');
    if (reply) lines.push(`  ${LEVEL_LABEL[reply.level]} · ${SIGNAL_LABEL[reply.id]}: ${reply.message}`);
  }
  if (nextStep) lines.push(`Next step: ${nextStep}`);
  return lines;
}

/**
 * The plain-text report `vet` prints: the verdict line first, as the badge writes it, then every
 * figure with the reason or formula behind it, in the overlay's labels.
 */
export function formatReport(report: VettingReport): string {
  const { creator, posts } = report.snapshot;
  const m = report.metrics;
  const { fit } = report;
  const followersNote = creator.provenance.followers ? (creator.provenance.followers.exact ? 'exact' : 'rounded') : 'not shown';
  const scoreLine = `${fit.score === null ? 'No score' : `Score ${fit.score}/100`} over ${fit.measured.criteria} of ${fit.measured.of} criteria measured`;
  const lines = [
    `${creator.displayName || creator.handle} (@${creator.handle}) on ${platformName(creator.platform)}${creator.verified ? ', verified' : ''}`,
    `  followers ${num(creator.followers)} (${followersNote}), following ${num(creator.following)}, posts ${num(creator.postsCount)}; ${posts.length} posts read`,
    `${fit.summary}  (against "${report.briefName}")`,
    `  ${scoreLine}`,
    ...fit.hardFails.map((f) => `  ✕ ${HARD_LIMIT_LABEL[f.criterion]}: ${f.reason}`),
    ...fit.components.map((c) => `  ${c.status === 'measured' ? `+${c.score}/${c.maxPoints}` : STATUS_TEXT[c.status]} ${CRITERION_LABEL[c.criterion]}: ${c.reason}`),
    `Engagement rate ${pct(m.engagementRate)} by ${m.engagementRateBasis}${m.engagementRate === null && m.reasons.engagementRate ? ` (${m.reasons.engagementRate})` : ''}`,
    `  by followers: median ${pct(m.engagement.byFollowers?.median)}, mean ${pct(m.engagement.byFollowers?.mean)}; by views: median ${pct(m.engagement.byViews?.median)}, mean ${pct(m.engagement.byViews?.mean)}`,
    `  posts with likes or comments: ${formatPostsUsed(m.engagement.postsUsed, m.eligiblePostIds.length, m.engagement.postsUsedByViews)}`,
    m.benchmark ? `  ${m.benchmark.bracket} band (${m.benchmark.source}): low < ${pct(m.benchmark.low)}, average ${pct(m.benchmark.averageLow)}–${pct(m.benchmark.averageHigh)}, high > ${pct(m.benchmark.high)}; position ${m.benchmark.position ?? 'n/a'}` : `  no benchmark: ${m.reasons.benchmark ?? 'n/a'}`,
    `Tier ${m.tier ? TIER_LABEL[m.tier] : 'unknown'}; posts per week ${m.cadence ? formatPerWeek(m.cadence.postsPerWeek) : 'n/a'}; last post ${m.daysSinceLastPost === null ? 'n/a' : `${formatDays(m.daysSinceLastPost)} ago`}; sponsored share ${pct(m.sponsoredShare)}`,
    `Authenticity ${report.authenticity.score}/100`,
    ...report.authenticity.signals.map((s) => `  ${LEVEL_LABEL[s.level]} · ${SIGNAL_LABEL[s.id]}: ${s.message}`),
    ...postEvidenceLines(report),
    `Price per post ${report.price.low === null && report.price.high === null ? 'n/a' : formatUsdRange(report.price.low, report.price.high)}${report.price.reason ? ` (${report.price.reason})` : ''}; ${report.price.formula}`,
    `Confidence ${report.confidence.level} (${report.confidence.score}/100): ${report.confidence.reasons.join('; ')}`,
    creator.emails.length || creator.links.length ? `Contact: ${[...creator.emails, ...creator.links].join(', ')}` : 'Contact: none shown',
  ];
  return `${lines.join('\n')}\n`;
}
