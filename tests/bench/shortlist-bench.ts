import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { summarize, type Summary } from './stats';
import type { VettingReport } from '../../lib/contracts/report';
import { DEFAULT_DB_NAME } from '../../lib/shortlist/db';
import { launchWithExtension } from '../e2e/browser';
import { builtPageMentions, ensureExtensionBuild } from './extension-build';
import { ratioOf, type Figure } from './figure';
import { firstRowAt, installProbes } from './page-probes';
import { shortlistPageScript } from './shortlist-bundle';
import type { VettedBench } from './shortlist-page-api';
import { templateReports } from './shortlist-reports';

// Reading 10,000 full entries takes seconds on a 2-core machine: fewer runs at 10,000 keep the
// whole `npm run bench` within ~5 minutes.
const SAVES = { warmup: 20, runs: 200 };
const PAINT = {
  popup: { warmup: 1, runs: 5, timeoutMs: 15_000 },
  // Each dashboard run reads 10,000 entries: no untimed run, and a wait long enough to see a slow first row.
  dashboard: { warmup: 0, runs: 2, timeoutMs: 45_000 },
};
const EXPORT_RUNS = 1;
const IMPORT_RUNS = 3;
const GETALL_RUNS = 3;
const IMPORT_ROWS = 5_000;
/** VETTED_BENCH_SHORTLIST=import measures the import alone (a few minutes less than the whole suite on 2 cores). */
const IMPORT_ONLY = process.env.VETTED_BENCH_SHORTLIST === 'import';

/** Spelled out inside each evaluate(): those functions run in the page and see none of this module. */
type Api = { vettedBench: VettedBench };

interface PaintPlan {
  warmup: number;
  runs: number;
  timeoutMs: number;
}

interface PaintResult {
  times: number[];
  plan: PaintPlan;
  /** Why there is no figure: the page is not built yet, or no row appeared in time (then `late`). */
  unavailable?: string;
  late?: boolean;
}

/** Navigation start → first frame with a row laid out, in a fresh tab each time. */
async function firstPaint(context: BrowserContext, url: string, plan: PaintPlan): Promise<PaintResult> {
  const times: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      const at = (await (await page.waitForFunction(firstRowAt, undefined, { timeout: plan.timeoutMs })).jsonValue()) as number;
      if (i >= plan.warmup) times.push(at);
    } catch (error) {
      const timedOut = error instanceof Error && /Timeout/.test(error.message);
      return { times, plan, late: timedOut, unavailable: timedOut ? `> ${plan.timeoutMs / 1000} s: no row yet` : `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
    } finally {
      await page.close();
    }
  }
  return { times, plan };
}

function paintFigure(name: string, goal: number, paint: PaintResult, getAll: Summary, rows: number): Figure {
  const s = summarize(paint.times);
  const measured = !paint.unavailable && s;
  const { warmup, runs } = paint.plan;
  return {
    suite: 'shortlist',
    name,
    unit: 'ms',
    goals: [{ on: 'value', max: goal }],
    // A row that has not appeared after the wait misses the goal: it is not "not measured".
    value: measured ? s.median : paint.late ? Number.POSITIVE_INFINITY : null,
    ...(paint.unavailable ? { unavailable: paint.unavailable } : {}),
    baseline: { label: `raw IndexedDB getAll of the ${rows.toLocaleString('en')} rows`, value: getAll.median },
    ratio: measured ? ratioOf(s.median, getAll.median) : null,
    detail: `${measured ? `median of ${s.n}` : `planned ${runs}`} fresh tabs${warmup ? ` after ${warmup} untimed` : ''}${measured ? `; max ${s.max.toFixed(0)} ms` : ''}; navigation start → first animation frame after a row ([data-testid=popup-row] / [data-testid=dashboard-row]) is laid out, read from the real database "vetted"`,
  };
}

interface ShortlistDetails {
  entryBytes: number;
  seedMs: Record<string, number>;
  saves: Record<string, { save: Summary; raw: Summary }>;
  export: { rows: number; bytes: number; times: number[] };
  import: { rows: number; times: number[]; rawWrite: number[]; getAll: Summary; load: [number, number] };
}

/** The store figures: the real lib/shortlist code on Chromium's IndexedDB, in the extension's origin. */
export async function benchShortlist(log: (line: string) => void): Promise<{ figures: Figure[]; details: ShortlistDetails }> {
  const extensionDir = ensureExtensionBuild(log);
  const script = await shortlistPageScript();
  const reports: VettingReport[] = templateReports();
  const browser = await launchWithExtension();
  try {
    await installProbes(browser.context);
    const base = `chrome-extension://${browser.extensionId}`;
    // An inert page of the extension's origin: the same IndexedDB as the popup, dashboard and worker.
    const page: Page = await browser.context.newPage();
    await page.goto(`${base}/manifest.json`);
    await page.evaluate(script);
    const details: ShortlistDetails = { entryBytes: 0, seedMs: {}, saves: {}, export: { rows: 0, bytes: 0, times: [] }, import: { rows: IMPORT_ROWS, times: [], rawWrite: [], getAll: summarize([0])!, load: [0, 0] } };
    const figures: Figure[] = [];
    const db = DEFAULT_DB_NAME;

    const seedTo = async (total: number) => {
      log(`shortlist: seeding "${db}" to ${total.toLocaleString('en')} creators`);
      const seeded = await page.evaluate(([name, templates, rows]) => (globalThis as unknown as Api).vettedBench.seed(name, templates, rows), [db, reports, total] as const);
      details.entryBytes = seeded.entryBytes;
      details.seedMs[String(total)] = seeded.ms;
      return seeded.rows;
    };
    const getAll = async (name: string) => summarize(await page.evaluate(([n, runs]) => (globalThis as unknown as Api).vettedBench.rawGetAll(n, runs), [name, GETALL_RUNS] as const))!;
    const saves = async (rows: number) => {
      log(`shortlist: ${SAVES.runs} saves at ${rows.toLocaleString('en')} creators`);
      const timed = await page.evaluate(([name, report, runs, warmup]) => (globalThis as unknown as Api).vettedBench.timeSaves(name, report, runs, warmup), [db, reports[0]!, SAVES.runs, SAVES.warmup] as const);
      const save = summarize(timed.save)!;
      const raw = summarize(timed.raw)!;
      details.saves[String(rows)] = { save, raw };
      figures.push({
        suite: 'shortlist',
        name: `shortlist · save() p95 at ${rows.toLocaleString('en')} creators (${SAVES.runs} saves)`,
        unit: 'ms',
        goals: [{ on: 'value', max: 10 }],
        value: save.p95,
        baseline: { label: 'p95 of a raw readwrite transaction get + put of the same entry', value: raw.p95 },
        ratio: ratioOf(save.p95, raw.p95),
        detail: `real lib/shortlist in Chromium (bundled by esbuild, run in an extension page), new and already-saved creators in turn, after ${SAVES.warmup} untimed; save() validates the report (zod), merges, writes the entry, a follower reading and the unsaved-changes counter in one transaction; median ${save.median.toFixed(2)} ms, max ${save.max.toFixed(1)} ms`,
      });
    };
    const paint = async (file: string, testId: string, plan: PaintPlan): Promise<PaintResult> =>
      builtPageMentions(extensionDir, file, testId) ? firstPaint(browser.context, `${base}/${file}`, plan) : { times: [], plan, unavailable: 'page not built' };

    if (IMPORT_ONLY) {
      // Only the rows the import reads: the CSV is the real export of as many seeded creators.
      await seedTo(IMPORT_ROWS);
      await page.evaluate(([name]) => (globalThis as unknown as Api).vettedBench.timeExport(name, 1), [db] as const);
    } else {
      const rows1k = await seedTo(1_000);
      const getAll1k = await getAll(db);
      log('shortlist: popup first paint at 1,000');
      figures.push(paintFigure(`shortlist · popup first row painted at ${rows1k.toLocaleString('en')} creators`, 150, await paint('popup.html', 'popup-row', PAINT.popup), getAll1k, rows1k));
      await saves(rows1k);

      const rows10k = await seedTo(10_000);
      const getAll10k = await getAll(db);
      log('shortlist: dashboard first paint at 10,000');
      figures.push(paintFigure(`shortlist · dashboard first row painted at ${rows10k.toLocaleString('en')} creators`, 500, await paint('dashboard.html', 'dashboard-row', PAINT.dashboard), getAll10k, rows10k));
      await saves(rows10k);

      log(`shortlist: export at ${rows10k.toLocaleString('en')}`);
      const exported = await page.evaluate(([name, runs]) => (globalThis as unknown as Api).vettedBench.timeExport(name, runs), [db, EXPORT_RUNS] as const);
      details.export = exported;
      const exportTime = summarize(exported.times)!;
      figures.push({
        suite: 'shortlist',
        name: `shortlist · export of ${exported.rows.toLocaleString('en')} rows: listSummaries() + summariesToCsv() (${EXPORT_RUNS === 1 ? 'one run' : `median of ${EXPORT_RUNS}`})`,
        unit: 'ms',
        goals: [{ on: 'value', max: 500 }],
        value: exportTime.median,
        baseline: { label: `raw IndexedDB getAll of the ${rows10k.toLocaleString('en')} rows`, value: getAll10k.median },
        ratio: ratioOf(exportTime.median, getAll10k.median),
        detail: `real lib/shortlist in Chromium, as the Export button does it: listSummaries() reads and checks every creator's summary (repair on damage), then summariesToCsv(); CSV ${(exported.bytes / 1024 / 1024).toFixed(1)} MB. Each seeded creator is stored as ~${(details.entryBytes / 1024).toFixed(1)} KB of JSON (the latest snapshot with 12–30 posts as the readers return them, and the report without its copy of that snapshot, as save() stores it), so 10,000 creators are ~${((details.entryBytes * 10_000) / 1024 / 1024).toFixed(0)} MB to read`,
      });
    }

    log(`shortlist: import of ${IMPORT_ROWS.toLocaleString('en')} rows`);
    const csv = await page.evaluate((rows) => (globalThis as unknown as Api).vettedBench.exportedCsv(rows), IMPORT_ROWS);
    const loadBefore = loadavg()[0] ?? 0;
    const getAlls: number[] = [];
    for (let i = 0; i < IMPORT_RUNS; i++) {
      const target = `vetted-bench-import-${i}`;
      const imported = await page.evaluate(([name, text]) => (globalThis as unknown as Api).vettedBench.timeImport(name, text), [target, csv] as const);
      if (imported.message || imported.created !== IMPORT_ROWS) throw new Error(`import of ${IMPORT_ROWS} rows created ${imported.created}: ${imported.message}`);
      details.import.times.push(imported.ms);
      details.import.rawWrite.push(await page.evaluate(([from, to]) => (globalThis as unknown as Api).vettedBench.rawWrite(from, to), [target, `${target}-raw`] as const));
      getAlls.push(...(await page.evaluate(([name, runs]) => (globalThis as unknown as Api).vettedBench.rawGetAll(name, runs), [target, 1] as const)));
      for (const name of [target, `${target}-raw`]) await page.evaluate((n) => (globalThis as unknown as Api).vettedBench.deleteDatabase(n), name);
    }
    const loadAfter = loadavg()[0] ?? 0;
    const importTime = summarize(details.import.times)!;
    const rawWrite = summarize(details.import.rawWrite)!;
    details.import.getAll = summarize(getAlls)!;
    details.import.load = [loadBefore, loadAfter];
    figures.push({
      suite: 'shortlist',
      name: `shortlist · import of ${IMPORT_ROWS.toLocaleString('en')} rows: importCsv() into an empty list (median of ${IMPORT_RUNS})`,
      unit: 'ms',
      goals: [{ on: 'value', max: 1000 }],
      value: importTime.median,
      baseline: { label: `raw IndexedDB write of the rows the import wrote (creator rows, imported-creator buckets and their index, first-reading and summary buckets) in one transaction`, value: rawWrite.median },
      ratio: ratioOf(importTime.median, rawWrite.median),
      detail: `real importCsv() in Chromium of the first ${IMPORT_ROWS.toLocaleString('en')} rows of the export above, into a new empty database each run: parse (papaparse), check every row, then one transaction for all rows (each entry checked again by its zod schema); CSV ${(csv.length / 1024 / 1024).toFixed(1)} MB; max ${importTime.max.toFixed(0)} ms; raw getAll of the imported rows ${details.import.getAll.median.toFixed(0)} ms; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
    });
    log(`shortlist: a stored creator with a report is ~${(details.entryBytes / 1024).toFixed(1)} KB as JSON`);
    return { figures, details };
  } finally {
    await browser.close();
  }
}
