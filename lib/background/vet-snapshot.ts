import type { Snapshot } from '../contracts/creator';
import type { VettingReport } from '../contracts/report';

/** Turn a validated snapshot into a report. */
export async function vetSnapshot(snapshot: Snapshot, now: Date): Promise<VettingReport> {
  return {
    version: 1,
    key: `${snapshot.creator.platform}:${snapshot.creator.handle}`,
    snapshot,
    computedAt: now.toISOString(),
  };
}
