/** TikTok dates: Unix seconds in the JSON, and the upload second inside every video id. */
import type { DatePrecision } from '../../contracts/creator';

// TikTok (as musical.ly) did not exist before 2014: an earlier timestamp is garbage.
const EARLIEST_SECONDS = Date.UTC(2014, 0, 1) / 1000;
const FUTURE_SLACK_SECONDS = 2 * 86_400;

function secondsToIso(seconds: number, now: Date): string | null {
  if (!Number.isFinite(seconds) || seconds < EARLIEST_SECONDS) return null;
  if (seconds > now.getTime() / 1000 + FUTURE_SLACK_SECONDS) return null;
  return new Date(Math.floor(seconds) * 1000).toISOString();
}

/** Unix seconds as int or string ("1677084289" in SIGI and video-detail) to ISO. */
export function isoFromUnix(value: unknown, now: Date): string | null {
  const n = typeof value === 'string' && /^\s*\d{1,12}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' ? secondsToIso(n, now) : null;
}

/**
 * A video id's upper 32 bits are the Unix second its upload started (checked on every post of the
 * saved pages: a few seconds before `createTime`, once 16 h before — a scheduled post). Good to the day.
 */
export function dateFromVideoId(id: string, now: Date): { iso: string; precision: DatePrecision } | null {
  if (!/^\d{17,20}$/.test(id)) return null;
  const iso = secondsToIso(Math.floor(Number(id) / 2 ** 32), now);
  return iso ? { iso, precision: 'day' } : null;
}
