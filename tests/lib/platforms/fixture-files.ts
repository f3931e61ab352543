/**
 * The saved fixtures and their expected files, without any test runner: the reader tests, the
 * golden test and the scripts (`npm run golden:update`) all load fixtures through here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Platform } from '../../../lib/contracts/creator';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The `*.expected.json` written by hand beside each fixture (see tests/fixtures/README.md).
 * `creator` and each `posts[]` entry are partial: only the fields written are compared, exactly.
 */
export interface FixtureExpectation {
  /** Original file under ../shared/fixtures/real/, and what (if anything) was trimmed from the copy. */
  source: string;
  trimmed: string | null;
  /** The URL the page was served at. */
  url: string;
  /** "now" for relative dates ("3 days ago"): the capture date. */
  now: string;
  kind: 'page' | 'capture';
  expect:
    | {
        ok: true;
        creator?: Record<string, unknown>;
        /** How many posts the reader must return. */
        postCount?: number;
        /** Checks on individual posts, by index in the reader's output. */
        posts?: Array<{ index: number } & Record<string, unknown>>;
      }
    | { ok: false; reason: string };
}

export function fixtureFiles(platform: Platform): string[] {
  return readdirSync(join(FIXTURES_DIR, platform))
    .filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.md'))
    .sort();
}

export function loadExpectation(platform: Platform, file: string): FixtureExpectation {
  const name = file.replace(/\.(html|json)$/, '.expected.json');
  return JSON.parse(readFileSync(join(FIXTURES_DIR, platform, name), 'utf8')) as FixtureExpectation;
}

export function loadFixtureText(platform: Platform, file: string): string {
  return readFileSync(join(FIXTURES_DIR, platform, file), 'utf8');
}

let window: Window | null = null;

/** A saved page as a Document, parsed as `npm run vet` parses it: nothing runs, nothing is fetched. */
export function parseHtml(html: string, url: string): Document {
  void url;
  window ??= new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
