import { summarize } from './stats';
import { DEFAULT_BRIEF } from '../../lib/scoring/default-brief';
import { vet } from '../../lib/vetting/vet';
import { NOW } from '../lib/vetting/factory';
import { launchWithExtension, overlayFrame } from '../e2e/browser';
import { loadSample } from '../e2e/sample-pages';
import { ensureExtensionBuild } from './extension-build';
import { shimNames } from './name-shim';
import { ratioOf, type Figure } from './figure';
import { timeEach } from './timing';
import { benchHistory, benchSnapshot } from './vet-sample';

const NODE_PLAN = { warmup: 200, runs: 2_000 };
const ROUND_TRIPS = { warmup: 3, runs: 20 };

function vetInNode(): Figure {
  const snapshot = benchSnapshot();
  const history = benchHistory();
  const vetted = summarize(timeEach(() => vet({ snapshot, brief: DEFAULT_BRIEF, history, now: NOW }), NODE_PLAN))!;
  const copy = summarize(timeEach(() => JSON.parse(JSON.stringify(snapshot)) as unknown, NODE_PLAN))!;
  return {
    suite: 'vetting',
    name: `vetting · vet() of one creator, ${snapshot.posts.length} posts + ${history.length} follower readings (Node, median of ${NODE_PLAN.runs.toLocaleString('en')})`,
    unit: 'ms',
    goals: [{ on: 'value', max: 0.2 }],
    value: vetted.median,
    baseline: { label: 'JSON.parse(JSON.stringify(snapshot))', value: copy.median },
    ratio: ratioOf(vetted.median, copy.median),
    detail: `after ${NODE_PLAN.warmup} untimed calls; vet() p95 ${vetted.p95.toFixed(3)} ms, max ${vetted.max.toFixed(3)} ms; baseline p95 ${copy.p95.toFixed(3)} ms`,
  };
}

interface RoundTrips {
  rescore: number[];
  state: number[];
  failures: string[];
}

/**
 * Timed inside the overlay frame (an extension page in the tab), because a content script's
 * isolated world cannot be called from the test. The background answers a frame only with the
 * tab's mount token, which the content script hands to its frame over a private port; the bench
 * reads it from the worker's session storage instead. `overlay/brief` with the brief already
 * active makes the worker vet the tab's snapshot again and write it to session storage;
 * `overlay/state` only reads it back.
 */
async function roundTripsInChromium(log: (line: string) => void): Promise<RoundTrips> {
  ensureExtensionBuild(log);
  const browser = await launchWithExtension();
  try {
    const sample = loadSample('instagram');
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page);
    await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor({ timeout: 20_000 });
    await shimNames(frame);
    const token = await browser.worker.evaluate(async () => {
      const all = (await (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { token?: string }>> } } } }).chrome.storage.session.get(null));
      return Object.entries(all).find(([key]) => key.startsWith('mount:'))?.[1]?.token ?? null;
    });
    if (!token) throw new Error('no mount token in session storage: the overlay did not mount');
    log(`vetting: background round trips from the overlay frame on ${sample.url}`);
    return await frame.evaluate(async ({ plan, token, briefId }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      const out = { rescore: [] as number[], state: [] as number[], failures: [] as string[] };
      const time = async (type: string, into: number[] | null) => {
        const start = performance.now();
        const message = type === 'overlay/brief' ? { type, token, briefId } : { type, token };
        const response = (await runtime.sendMessage(message)) as { ok?: boolean; state?: { status?: string } | null };
        const ms = performance.now() - start;
        if (response?.ok !== true || response.state?.status !== 'ready') out.failures.push(`${type}: ${JSON.stringify(response).slice(0, 200)}`);
        into?.push(ms);
      };
      for (let i = 0; i < plan.warmup; i++) {
        await time('overlay/brief', null);
        await time('overlay/state', null);
      }
      for (let i = 0; i < plan.runs; i++) {
        await time('overlay/brief', out.rescore);
        await time('overlay/state', out.state);
      }
      return out;
    }, { plan: ROUND_TRIPS, token, briefId: DEFAULT_BRIEF.id });
  } finally {
    await browser.close();
  }
}

export async function benchVetting(log: (line: string) => void): Promise<{ figures: Figure[] }> {
  log('vetting: vet() in Node');
  const figures = [vetInNode()];
  const trips = await roundTripsInChromium(log);
  if (trips.failures.length) throw new Error(`background round trip failed: ${trips.failures.slice(0, 3).join('; ')}`);
  const rescore = summarize(trips.rescore)!;
  const state = summarize(trips.state)!;
  figures.push({
    suite: 'vetting',
    name: `vetting · background round trip, warm worker: overlay → worker re-vets → report (median of ${ROUND_TRIPS.runs})`,
    unit: 'ms',
    goals: [{ on: 'value', max: 20 }],
    value: rescore.median,
    baseline: { label: "overlay/state round trip (message + the tab's state, from the worker's memory of session storage after its first read; no vetting)", value: state.median },
    ratio: ratioOf(rescore.median, state.median),
    detail: `overlay/brief (the active brief again) from the overlay frame with its mount token: the worker vets the tab's snapshot again and writes it to session storage; timed with performance.now() in the overlay page around runtime.sendMessage, after ${ROUND_TRIPS.warmup} untimed; the content script's own submit is not instrumentable from outside its isolated world. Rescore p95 ${rescore.p95.toFixed(1)} ms; state p95 ${state.p95.toFixed(1)} ms`,
  });
  return { figures };
}
