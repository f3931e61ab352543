import { describe, expect, test } from 'vitest';
import { decideReading, NO_READINGS, READINGS_PER_WINDOW, renderedByPage, startVisit, type TabReadings } from '../../../lib/history/reading-budget';
import { makeSnapshot } from '../shortlist/factory';

const T0 = new Date('2026-03-05T14:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const rendered = (handle = 'ana.cocina') => ({ ...makeSnapshot({ handle }), sources: ['json:user', 'capture:graphql'] });
const capturesOnly = (handle = 'ana.cocina') => ({ ...makeSnapshot({ handle }), sources: ['capture:graphql:UserByScreenName'] });

function visitAndRead(readings: TabReadings, snapshot: ReturnType<typeof rendered>, now: Date): { readings: TabReadings; recorded: boolean } {
  const visiting = startVisit(readings);
  const decision = decideReading(visiting, snapshot, now);
  return decision.record ? { readings: decision.next, recorded: true } : { readings: visiting, recorded: false };
}

describe('which follower readings a tab records', () => {
  test('a snapshot built from captured responses alone is never a reading', () => {
    expect(renderedByPage(capturesOnly())).toBe(false);
    expect(renderedByPage(rendered())).toBe(true);
    expect(decideReading(startVisit(NO_READINGS), capturesOnly(), T0)).toEqual({ record: false, reason: 'not-rendered' });
  });

  test('one reading per visit: later snapshots of the same visit (1, then 999,999,999) record nothing', () => {
    const visit = startVisit(NO_READINGS);
    const first = decideReading(visit, rendered(), T0);
    expect(first.record).toBe(true);
    if (!first.record) return;
    const spiked = { ...rendered(), creator: { ...rendered().creator, followers: 999_999_999 } };
    expect(decideReading(first.next, spiked, at(5))).toEqual({ record: false, reason: 'visit-recorded' });
    // A new visit (the user comes back) records again.
    expect(decideReading(startVisit(first.next), rendered(), at(600)).record).toBe(true);
  });

  test(`at most ${READINGS_PER_WINDOW} readings a minute per tab: 61 profiles in 31 s record ${READINGS_PER_WINDOW}`, () => {
    let readings = NO_READINGS;
    let recorded = 0;
    for (let i = 0; i < 61; i += 1) {
      const result = visitAndRead(readings, rendered(`made.up.${i}`), at(i / 2));
      readings = result.readings;
      if (result.recorded) recorded += 1;
    }
    expect(recorded).toBe(READINGS_PER_WINDOW);
    // The window slides: a minute after the burst the tab records again.
    expect(visitAndRead(readings, rendered('later'), at(91)).recorded).toBe(true);
  });

  test('no follower count, no reading', () => {
    const snapshot = { ...rendered(), creator: { ...rendered().creator, followers: null } };
    expect(decideReading(startVisit(NO_READINGS), snapshot, T0)).toEqual({ record: false, reason: 'no-followers' });
  });
});
