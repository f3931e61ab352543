/**
 * `npm run bench [-- readers|vetting|overlay|shortlist|sync]`: measure, print one table, write
 * test-artifacts/bench.md and bench.json. Exit 0 even when a goal is missed (the table says by how
 * much); non-zero only when a benchmark could not run.
 */
import './bench-env';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { SUITES, type Figure, type SuiteName } from './figure';
import { judgeFigure, renderTable } from './figure-table';
import { buildNote } from './extension-build';
import { describeMachine } from './machine';
import { benchOverlay } from './overlay-bench';
import { benchReaders } from './readers-bench';
import { benchPostReaders } from './post-readers-bench';
import { benchShortlist } from './shortlist-bench';
import { benchSync } from './sync-bench';
import { benchVetting } from './vetting-bench';

interface SuiteResult {
  figures: Figure[];
  details?: unknown;
}

const RUNNERS: Record<SuiteName, (log: (line: string) => void) => SuiteResult | Promise<SuiteResult>> = {
  readers: async (log) => {
    const { figures, perFixture } = await benchReaders(log);
    const posts = benchPostReaders(log);
    return { figures: [...figures, ...posts.figures], details: { profiles: perFixture, posts: posts.perFixture } };
  },
  vetting: benchVetting,
  overlay: benchOverlay,
  shortlist: benchShortlist,
  sync: benchSync,
};

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function chosenSuites(args: readonly string[]): SuiteName[] {
  if (args.length === 0) return [...SUITES];
  const unknown = args.filter((a) => !(SUITES as readonly string[]).includes(a));
  if (unknown.length) {
    process.stderr.write(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${SUITES.join(', ')}\n`);
    process.exit(2);
  }
  return args as SuiteName[];
}

async function main(): Promise<number> {
  const suites = chosenSuites(process.argv.slice(2));
  const started = new Date();
  const loadAtStart = loadavg()[0] ?? 0;
  const figures: Figure[] = [];
  const details: Partial<Record<SuiteName, unknown>> = {};
  const failures: string[] = [];
  for (const suite of suites) {
    const t0 = performance.now();
    try {
      const result = await RUNNERS[suite](log);
      figures.push(...result.figures);
      if (result.details !== undefined) details[suite] = result.details;
    } catch (error) {
      failures.push(`${suite}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    log(`${suite} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const machine = { ...describeMachine(started, loadAtStart), build: buildNote };
  const judged = figures.map(judgeFigure);
  process.stdout.write(`\n${renderTable(machine, judged, true)}\n`);
  const outDir = join(import.meta.dirname, '..', '..', 'test-artifacts');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench.md'), `# Vetted benchmarks\n\n${renderTable(machine, judged, false)}\n`);
  // JSON has no Infinity: a badge or row that never showed is written as the string "Infinity".
  const json = JSON.stringify({ machine, suites, figures: judged, details, failures }, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2);
  writeFileSync(join(outDir, 'bench.json'), `${json}\n`);
  if (failures.length) {
    process.stderr.write(`\nbench: ${failures.length} benchmark(s) could not run:\n${failures.join('\n')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
