import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_SUMMARY_MAX, FIT_VERDICTS } from '../../../lib/contracts/report';
import { BAND_POST_LIMIT, BENCHMARKS, MIN_BAND_POSTS } from '../../../lib/metrics/benchmarks';
import { MIN_CADENCE_DATED_POSTS, POPULAR_POSTS_REASON } from '../../../lib/metrics/cadence';
import { MIN_ENGAGEMENT_POSTS } from '../../../lib/metrics/evidence';
import { MIN_SPONSORED_POSTS } from '../../../lib/metrics/sponsored';
import { CONFIDENCE_CEILINGS } from '../../../lib/scoring/confidence';
import { allocatePoints, MIN_MEASURED_WEIGHT_SHARE, POSSIBLE_FIT, STRONG_FIT } from '../../../lib/scoring/fit';
import { AUTHENTICITY_MIN_CHECKED_SHARE } from '../../../lib/scoring/fit-components';
import { VERDICT_WORDS } from '../../../lib/scoring/fit-summary';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

/** README "How Vetted scores" states these numbers and words: they must be the code's. */
const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const scoring = readme.slice(readme.indexOf('## How Vetted scores'), readme.indexOf('## CSV export and import'));

describe('README "How Vetted scores" matches the code', () => {
  it('names the five verdicts, their words and thresholds, and the line\'s length', () => {
    for (const verdict of FIT_VERDICTS) {
      expect(scoring).toContain(`\`${verdict}\``);
      expect(scoring).toContain(VERDICT_WORDS[verdict]);
    }
    expect(scoring).toContain(`\`strong\` | score ≥ ${STRONG_FIT}`);
    expect(scoring).toContain(`\`possible\` | score ≥ ${POSSIBLE_FIT}`);
    expect(scoring).toContain(`at most ${FIT_SUMMARY_MAX} characters`);
  });

  it('states the evidence minimums and the evidence rule', () => {
    expect(MIN_ENGAGEMENT_POSTS).toBe(5);
    expect(scoring).toContain(`${MIN_ENGAGEMENT_POSTS} eligible posts with likes, comments or shares`);
    expect(scoring).toContain(`${MIN_CADENCE_DATED_POSTS} dated unpinned posts`);
    expect(scoring).toContain(`${MIN_SPONSORED_POSTS} unpinned posts`);
    expect(scoring).toContain(`${MIN_BAND_POSTS} of the latest ${BAND_POST_LIMIT} eligible posts`);
    expect(scoring).toContain(`less than ${MIN_MEASURED_WEIGHT_SHARE * 100} % of the weight`);
    expect(AUTHENTICITY_MIN_CHECKED_SHARE).toBe(0.5);
    expect(scoring).toContain('less than half of the signal weight');
    expect(scoring).toContain(`(score ≤ ${CONFIDENCE_CEILINGS.fewPosts})`);
    expect(scoring).toContain(`(score ≤ ${CONFIDENCE_CEILINGS.popularSample})`);
    expect(scoring).toContain(POPULAR_POSTS_REASON);
  });

  it('gives the default brief\'s renormalised points as the code allocates them', () => {
    const points = allocatePoints({ ...DEFAULT_BRIEF.weights, niche: 0, budget: 0 });
    expect(scoring).toContain(`engagement ${points.engagement}, authenticity ${points.authenticity}, cadence ${points.cadence}, audience size ${points.audienceSize}, sponsored ${points.sponsored}`);
  });

  it('states each band table\'s statistic', () => {
    expect(BENCHMARKS.instagram!.statistic).toBe('median-per-follower');
    expect(scoring).toContain('| Instagram | median interactions per post ÷ followers, latest 30 posts');
    expect(BENCHMARKS.tiktok!.statistic).toBe('median-over-median-views');
    expect(scoring).toContain('| TikTok | median interactions per post ÷ median views per post, latest 30 posts');
    expect(BENCHMARKS.youtube!.statistic).toBe('median-over-median-views');
    expect(scoring).toContain('| YouTube | median interactions per video ÷ median views per video, latest 30 videos');
    expect(BENCHMARKS.x).toBeUndefined();
  });
});
