import type { Snapshot } from '../contracts/creator';

/**
 * How many follower readings one tab may record in a sliding window. A person moving from profile
 * to profile opens a few a minute; a page script that pushState()s through made-up profiles opened
 * 61 in 31 s in a security review. Six a minute keeps every reading of the first and bounds
 * the second to a handful.
 */
export const READINGS_PER_WINDOW = 6;
export const READING_WINDOW_MS = 60_000;

/** What a tab has recorded: the visit it is on, whether that visit recorded, and when readings were recorded. */
export interface TabReadings {
  /** Counts the tab's visits to profiles (each `page/loading`). */
  visit: number;
  /** The visit that has recorded its reading; a visit records once. */
  recordedVisit: number | null;
  /** When the readings in the window were recorded, oldest first (ISO 8601). */
  times: string[];
}

export const NO_READINGS: TabReadings = { visit: 0, recordedVisit: null, times: [] };

/**
 * Whether the page itself rendered this profile (a source read from its embedded JSON, meta tags
 * or DOM), rather than the snapshot being built from captured API responses alone. A capture is the
 * page's fetch as its script let us see it: after a same-document URL change a hostile script can
 * post one for any profile. Captured data may fill in a profile the page rendered; on its own it is
 * never a reading of that creator.
 */
export function renderedByPage(snapshot: Snapshot): boolean {
  return snapshot.sources.some((source) => !source.startsWith('capture:'));
}

/** A new visit to a profile in the tab (its content script saw the URL change to a profile). */
export function startVisit(readings: TabReadings): TabReadings {
  return { ...readings, visit: readings.visit + 1 };
}

export type ReadingDecision = { record: true; next: TabReadings } | { record: false; reason: 'not-rendered' | 'no-followers' | 'visit-recorded' | 'rate-limited' };

/**
 * Should this snapshot's follower count be recorded? Only for a profile the page rendered, once per
 * visit, and at most READINGS_PER_WINDOW per tab in READING_WINDOW_MS. Pure: `now` is passed in.
 */
export function decideReading(readings: TabReadings, snapshot: Snapshot, now: Date): ReadingDecision {
  if (!renderedByPage(snapshot)) return { record: false, reason: 'not-rendered' };
  if (snapshot.creator.followers === null) return { record: false, reason: 'no-followers' };
  if (readings.recordedVisit === readings.visit) return { record: false, reason: 'visit-recorded' };
  const since = now.getTime() - READING_WINDOW_MS;
  const recent = readings.times.filter((time) => Date.parse(time) > since);
  if (recent.length >= READINGS_PER_WINDOW) return { record: false, reason: 'rate-limited' };
  return { record: true, next: { visit: readings.visit, recordedVisit: readings.visit, times: [...recent, now.toISOString()] } };
}
