import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { CHROMIUM } from '../e2e/browser';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine inflates every figure. */
  loadAtStart: number;
  /** Which build of the extension the browser figures are of. */
  build?: string;
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `unknown (${CHROMIUM} --version failed)`;
  }
}

export function describeMachine(now: Date, loadAtStart: number): Machine {
  return {
    loadAtStart,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    chromium: chromiumVersion(),
    date: now.toISOString(),
  };
}
