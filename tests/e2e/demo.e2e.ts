/**
 * `npm start` runs as the README says, with no display and under xvfb-run: four
 * platforms, a badge picture and a panel picture of each (whatever open/closed state the overlay
 * remembered from the previous platform), the popup, one verdict line per creator, and no
 * temporary browser profile left behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/contracts/vocabulary';
import { VERDICT_WORDS } from '../../lib/scoring/fit-summary';
import { makeTempDir, removeTempDir } from '../temp-dir';
import { CHROMIUM } from './browser';
import { loadSample } from './sample-pages';
import { formatCount, platformName } from '../../lib/format/format';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'demo-output');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) removeTempDir(dir);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  tmp: string;
}

/** Run a command with its own temp folder (to see what it leaves there) and no display unless given. */
function run(command: string, args: string[], options: { display?: boolean; onLine?: (line: string, write: (text: string) => void) => void; timeoutMs: number }): Promise<Run> {
  const tmp = makeTempDir('demo-');
  temps.push(tmp);
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, CI: 'true' };
  if (!options.display) delete env.DISPLAY;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${options.timeoutMs} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = stdout.length;
      stdout += chunk.toString();
      for (const line of stdout.slice(stdout.lastIndexOf('\n', before) + 1).split('\n').slice(0, -1)) options.onLine?.(line, (text) => child.stdin.write(text));
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, tmp });
    });
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Share of pixels that differ between two same-sized pictures, inside and outside a region,
 * decoded by Chromium (no image library in the project). One browser decodes every pair: a launch
 * per pair cost more than the comparison.
 */
async function pictureDiff(browser: Browser, a: string, b: string, regions: ReadonlyArray<{ x: number; y: number; width: number; height: number }>): Promise<{ inside: number; outside: number }> {
  const page = await browser.newPage();
  try {
    const toUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    return await page.evaluate(
      async ({ first, second, r }) => {
        const load = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return { data: ctx.getImageData(0, 0, img.width, img.height).data, width: img.width, height: img.height };
        };
        const [p, q] = [await load(first), await load(second)];
        let inside = 0;
        let insideAll = 0;
        let outside = 0;
        let outsideAll = 0;
        for (let y = 0; y < p.height; y++)
          for (let x = 0; x < p.width; x++) {
            const i = (y * p.width + x) * 4;
            const differs = Math.abs(p.data[i]! - q.data[i]!) + Math.abs(p.data[i + 1]! - q.data[i + 1]!) + Math.abs(p.data[i + 2]! - q.data[i + 2]!) > 30;
            const within = r.some((box) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
            if (within) {
              insideAll++;
              if (differs) inside++;
            } else {
              outsideAll++;
              if (differs) outside++;
            }
          }
        return { inside: inside / insideAll, outside: outside / outsideAll };
      },
      { first: toUrl(a), second: toUrl(b), r: regions },
    );
  } finally {
    await page.close();
  }
}

function checkSummary(stdout: string) {
  const lines = stdout.split('\n');
  for (const platform of PLATFORMS) {
    const sample = loadSample(platform);
    const line = lines.find((l) => l.startsWith(`${platformName(platform)} `) && l.includes(`@${sample.handle} `));
    expect(line, `${platform} summary line in:\n${stdout}`).toBeDefined();
    // The verdict line as the badge writes it, and the followers as the page gives them.
    expect(Object.values(VERDICT_WORDS).some((words) => line!.includes(`  ${words}`)), line).toBe(true);
    expect(line).toContain(`${formatCount(sample.followers)} followers`);
  }
  expect(stdout).toContain('Requests made by the extension: 0.');
}

/** Browser profiles (tests/temp-dir.ts puts them under vetted-tests/) or any other vetted folder left in the run's temp folder. */
function leftovers(tmp: string): string[] {
  const root = join(tmp, 'vetted-tests');
  return [
    ...(existsSync(tmp) ? readdirSync(tmp).filter((name) => name.startsWith('vetted') && name !== 'vetted-tests') : []),
    ...(existsSync(root) ? readdirSync(root).map((name) => `vetted-tests/${name}`) : []),
  ];
}

describe('npm start (the demo)', () => {
  it('runs headless exactly as the README says: four platforms, badge and panel pictures, verdict lines, nothing left in temp', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/npm start\s+# demo/);
    rmSync(OUT, { recursive: true, force: true });
    const result = await run('npm', ['start'], { timeoutMs: 400_000 });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    checkSummary(result.stdout);
    expect(leftovers(result.tmp)).toEqual([]);

    const decoder = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const platform of PLATFORMS) {
        const badge = join(OUT, `${platform}-badge.png`);
        const panel = join(OUT, `${platform}-overlay.png`);
        expect(pngSize(badge)).toEqual({ width: 1280, height: 800 });
        expect(pngSize(panel)).toEqual({ width: 1280, height: 800 });
        // The panel opens in the bottom-right corner over a still page: the pictures differ there and
        // (almost) nowhere else. Equal pictures would mean the demo never opened (or never closed) it.
        // On X the profile header reaches that corner at 1280 px, so the panel opens left of it
        // (avoid-header.ts) and the badge's corner empties.
        const corner = { x: 760, y: 150, width: 520, height: 650 };
        const regions = platform === 'x' ? [{ x: 100, y: 150, width: 480, height: 650 }, { x: 800, y: 680, width: 480, height: 120 }] : [corner];
        const diff = await pictureDiff(decoder, badge, panel, regions);
        expect(diff.inside, platform).toBeGreaterThan(0.1);
        expect(diff.outside, platform).toBeLessThan(0.01);
      }
    } finally {
      await decoder.close();
    }
    expect(existsSync(join(OUT, 'popup.png'))).toBe(true);
  }, 420_000);

  it('runs with a display under xvfb-run: the same walk-through, then the window stays open until Enter', async () => {
    rmSync(OUT, { recursive: true, force: true });
    let asked = false;
    // The build is the one the test above made: run the demo step of `npm start` itself.
    const result = await run('xvfb-run', ['-a', 'npx', 'tsx', 'tests/e2e/demo.ts'], {
      display: true,
      timeoutMs: 300_000,
      onLine: (line, write) => {
        if (!asked && line.startsWith('Chromium is open')) {
          asked = true;
          write('\n');
        }
      },
    });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(asked).toBe(true);
    checkSummary(result.stdout);
    for (const platform of PLATFORMS) for (const kind of ['badge', 'overlay']) expect(pngSize(join(OUT, `${platform}-${kind}.png`))).toEqual({ width: 1280, height: 800 });
    expect(leftovers(result.tmp)).toEqual([]);
  }, 320_000);
});
