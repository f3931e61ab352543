import type { VettingReport } from '../../lib/contracts/report';
import { parseSavedPage } from '../../lib/cli/saved-page';
import { assembleSnapshot } from '../../lib/cli/vet-assemble';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { vet } from '../../lib/vetting/vet';
import type { SamplePage } from './sample-pages';

/**
 * The report the extension should show for a saved page, computed in Node with the same readers
 * and vetting (as `npm run vet` does). The browser reads the page at `capturedAt` and vets at
 * `computedAt` (its own clock); passing both back in makes the comparison exact, not "close to".
 */
export function expectedReport(sample: SamplePage, at: { capturedAt: string; computedAt: string }): VettingReport {
  const doc = parseSavedPage(sample.html, sample.file);
  const assembled = assembleSnapshot([{ name: sample.file, kind: 'html', doc }], new URL(sample.url), new Date(at.capturedAt));
  if (!assembled.ok) throw new Error(`${sample.platform}: ${assembled.message}`);
  return vet({ snapshot: assembled.snapshot, brief: DEFAULT_BRIEF, history: [], now: new Date(at.computedAt) });
}
