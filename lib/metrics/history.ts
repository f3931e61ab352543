import type { FollowerReading } from '../contracts/report';
import { median } from './stats';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Snapshots closer than this are one reading: reloading a profile must not look like growth. */
export const DEDUPE_WINDOW_HOURS = 1;

// Spike and drop rules, methodology §3.3 (sources: Popular Pays follower-history articles
// https://support.popularpays.com/en/articles/2959087-evaluating-a-creator-s-follower-count-history,
// https://www.inc.com/dakota-shane/3-ways-to-spot-fake-followers.html, HypeAuditor's Medium post):
// bought followers arrive as jumps of round sizes (1k, 5k) against a steady baseline ("30/day, then
// +5,000 is a red flag"), and ads rarely bring more than 5,000 a day.
/** A jump smaller than this is noise at any size. */
export const SPIKE_MIN_GAIN = 1_000;
/** Growth per day must beat this many times the baseline… */
export const SPIKE_BASELINE_FACTOR = 10;
/** …and this absolute floor, so a flat account's first +600 is not a "spike". */
export const SPIKE_MIN_PER_DAY = 500;
/** Above this per day a spike is a risk (more than ads bring). */
export const SPIKE_RISK_PER_DAY = 5_000;
/** A jump whose excess over baseline is this close to a multiple of 1,000 counts as a round number. */
export const ROUND_TOLERANCE = 0.005;
/** Drops: a platform purge of fake accounts shows as a sudden net loss. */
export const DROP_WARN_SHARE = 0.02;
export const DROP_RISK_SHARE = 0.1;
export const DROP_MIN_LOSS = 100;

export interface GrowthInterval {
  from: string;
  to: string;
  days: number;
  change: number;
  perDay: number;
}

export interface GrowthSpike extends GrowthInterval {
  /** Median growth per day of the other intervals; null with fewer than two of them. */
  baselinePerDay: number | null;
  /** Followers gained above what the baseline explains. */
  excess: number;
  roundNumber: boolean;
  level: 'warn' | 'risk';
}

export interface GrowthDrop extends GrowthInterval {
  /** Loss as a fraction of the followers before it. */
  share: number;
  level: 'warn' | 'risk';
}

export interface FollowerGrowth {
  points: FollowerReading[];
  intervals: GrowthInterval[];
  spanDays: number;
  /** Net change per day from first to last point; null with fewer than two points. */
  perDay: number | null;
  baselinePerDay: number | null;
  spikes: GrowthSpike[];
  drops: GrowthDrop[];
}

interface TimedPoint {
  time: number;
  point: FollowerReading;
}

function validPoints(history: readonly FollowerReading[]): TimedPoint[] {
  const out: TimedPoint[] = [];
  for (const point of history) {
    const time = Date.parse(point.at);
    if (!Number.isFinite(time) || !Number.isFinite(point.followers) || point.followers < 0) continue;
    out.push({ time, point });
  }
  return out.sort((a, b) => a.time - b.time);
}

function dedupeTimed(points: readonly TimedPoint[]): TimedPoint[] {
  const kept: TimedPoint[] = [];
  let windowStart = -Infinity;
  for (const entry of points) {
    // A window opens at the first snapshot after the previous window and covers the hour after
    // it; anchoring it there (not at the last kept point) stops a snapshot every 30 minutes from
    // chaining a whole day into one point.
    if (kept.length > 0 && entry.time - windowStart < DEDUPE_WINDOW_HOURS * HOUR_MS) {
      kept[kept.length - 1] = entry;
    } else {
      windowStart = entry.time;
      kept.push(entry);
    }
  }
  return kept;
}

/**
 * Snapshots less than an hour apart are one: the latest of them stands for the group. Sorted
 * oldest first; entries with an unreadable date or count are dropped.
 */
export function dedupeSnapshots(history: readonly FollowerReading[]): FollowerReading[] {
  return dedupeTimed(validPoints(history)).map((e) => e.point);
}

function isRoundNumber(excess: number): boolean {
  if (excess < SPIKE_MIN_GAIN) return false;
  const nearest = Math.round(excess / 1_000) * 1_000;
  return Math.abs(excess - nearest) <= ROUND_TOLERANCE * excess;
}

/** Growth between consecutive snapshots at or before `now`, with spikes and drops flagged. */
export function followerGrowth(history: readonly FollowerReading[], now: Date): FollowerGrowth {
  const nowMs = now.getTime();
  const timed = dedupeTimed(validPoints(history).filter((e) => e.time <= nowMs));
  const intervals: GrowthInterval[] = [];
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1]!;
    const b = timed[i]!;
    const days = (b.time - a.time) / DAY_MS;
    const change = b.point.followers - a.point.followers;
    intervals.push({ from: a.point.at, to: b.point.at, days, change, perDay: change / days });
  }

  const spikes: GrowthSpike[] = [];
  const drops: GrowthDrop[] = [];
  intervals.forEach((interval, index) => {
    if (interval.change >= SPIKE_MIN_GAIN) {
      // The baseline leaves the interval under test out, or a spike would raise its own bar.
      const others = intervals.filter((_, j) => j !== index).map((o) => o.perDay);
      const baselinePerDay = others.length >= 2 ? median(others) : null;
      const floor = Math.max(SPIKE_MIN_PER_DAY, SPIKE_BASELINE_FACTOR * Math.max(baselinePerDay ?? 0, 0));
      if (interval.perDay >= floor) {
        const excess = interval.change - Math.max(baselinePerDay ?? 0, 0) * interval.days;
        const roundNumber = isRoundNumber(excess);
        const level = interval.perDay > SPIKE_RISK_PER_DAY || roundNumber ? 'risk' : 'warn';
        spikes.push({ ...interval, baselinePerDay, excess, roundNumber, level });
      }
    }
    const before = timed[index]!.point.followers;
    const loss = -interval.change;
    if (loss >= DROP_MIN_LOSS && before > 0) {
      const share = loss / before;
      if (share >= DROP_WARN_SHARE) drops.push({ ...interval, share, level: share >= DROP_RISK_SHARE ? 'risk' : 'warn' });
    }
  });

  const first = timed[0];
  const last = timed[timed.length - 1];
  const spanDays = first && last ? (last.time - first.time) / DAY_MS : 0;
  return {
    points: timed.map((e) => e.point),
    intervals,
    spanDays,
    perDay: first && last && spanDays > 0 ? (last.point.followers - first.point.followers) / spanDays : null,
    baselinePerDay: median(intervals.map((i) => i.perDay)),
    spikes,
    drops,
  };
}
