import type { VettingReport } from '../contracts/report';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(2)}%`);
const num = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : Number.isInteger(x) ? x.toLocaleString('en') : x.toFixed(digits));
const usd = (x: number | null) => (x === null ? 'n/a' : `$${Math.round(x).toLocaleString('en')}`);

/** The plain-text report `vet` prints: every figure with the reason or formula behind it. */
export function formatReport(report: VettingReport): string {
  const { creator, posts } = report.snapshot;
  const m = report.metrics;
  const followersNote = creator.provenance.followers ? (creator.provenance.followers.exact ? 'exact' : 'rounded') : 'not shown';
  const lines = [
    `${creator.displayName || creator.handle} (@${creator.handle}) on ${creator.platform}${creator.verified ? ', verified' : ''}`,
    `  followers ${num(creator.followers)} (${followersNote}), following ${num(creator.following)}, posts ${num(creator.postsCount)}; ${posts.length} posts read`,
    `Fit against "${report.briefName}": ${report.fit.score}/100, ${report.fit.verdict}`,
    ...report.fit.hardFails.map((f) => `  outside the brief: ${f.reason}`),
    ...report.fit.components.map((c) => `  +${c.score}/${c.maxPoints} ${c.criterion}: ${c.reason}`),
    `Engagement rate ${pct(m.engagementRate)} by ${m.engagementRateBasis}${m.engagementRate === null && m.reasons.engagementRate ? ` (${m.reasons.engagementRate})` : ''}`,
    `  by followers: median ${pct(m.engagement.byFollowers?.median)}, mean ${pct(m.engagement.byFollowers?.mean)}; by views: median ${pct(m.engagement.byViews?.median)}, mean ${pct(m.engagement.byViews?.mean)}; posts used ${m.engagement.postsUsed}`,
    m.benchmark ? `  ${m.benchmark.bracket} band (${m.benchmark.source}): low < ${pct(m.benchmark.low)}, average ${pct(m.benchmark.averageLow)}–${pct(m.benchmark.averageHigh)}, high > ${pct(m.benchmark.high)}; position ${m.benchmark.position ?? 'n/a'}` : `  no benchmark: ${m.reasons.benchmark ?? 'n/a'}`,
    `Tier ${m.tier ?? 'n/a'}; posts per week ${num(m.cadence?.postsPerWeek, 2)}; days since last post ${num(m.daysSinceLastPost)}; sponsored share ${pct(m.sponsoredShare)}`,
    `Authenticity ${report.authenticity.score}/100`,
    ...report.authenticity.signals.map((s) => `  [${s.level}] ${s.id}: ${s.message}`),
    `Price per post ${usd(report.price.low)}–${usd(report.price.high)}${report.price.reason ? ` (${report.price.reason})` : ''}; ${report.price.formula}`,
    `Confidence ${report.confidence.level} (${report.confidence.score}/100): ${report.confidence.reasons.join('; ')}`,
    creator.emails.length || creator.links.length ? `Contact: ${[...creator.emails, ...creator.links].join(', ')}` : 'Contact: none shown',
  ];
  return `${lines.join('\n')}\n`;
}
