import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_JSON_MARKERS, lostEmbeddedJson, parseSavedPage, SavedPageError } from '../../../lib/cli/saved-page';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { scriptJsonById } from '../../../lib/parse/embedded-json';
import { FIXTURES_DIR, loadFixtureText } from '../platforms/fixture-files';

const DYLAN = '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html';

/** Every saved page under tests/fixtures (the four platforms and the hostile pages). */
const PAGES = [...PLATFORMS.map((p) => join(FIXTURES_DIR, p)), join(FIXTURES_DIR, 'hostile')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f)),
);

/** `<script id=…>` blocks cut from the raw text, without a DOM parser. */
function rawScriptsById(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const id = /(?:^|\s)id=["']?([^"'\s>]+)/.exec(m[1] ?? '')?.[1];
    if (id && !found.has(id)) found.set(id, (m[2] ?? '').replace(/\r\n?/g, '\n'));
  }
  return found;
}

describe('parseSavedPage: saved pages as the browser parses them', () => {
  it('keeps SIGI_STATE on the 2023-02 TikTok page, after the <style> nested in an <svg>', () => {
    const html = loadFixtureText('tiktok', DYLAN);
    expect(html.indexOf('<style data-emotion="tiktok dt84ji-Circle')).toBeLessThan(html.indexOf('id="SIGI_STATE"'));
    const doc = parseSavedPage(html, DYLAN);
    const sigi = scriptJsonById(doc, 'SIGI_STATE') as { UserModule: { stats: Record<string, { videoCount: number }> } };
    expect(sigi.UserModule.stats.dylanlemay?.videoCount).toBe(1526);
    // …and what follows it, down to the end of the body.
    expect(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.tagName).toBe('SCRIPT');
    expect(doc.querySelectorAll('[data-e2e="user-post-item"]')).toHaveLength(16);
  });

  it.each(PAGES.map((path) => [path.slice(FIXTURES_DIR.length + 1), path]))('%s: every <script id> of the file is in the document, text intact', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const doc = parseSavedPage(html, path);
    for (const [id, text] of rawScriptsById(html)) {
      const el = doc.getElementById(id);
      expect(el?.tagName, `#${id}`).toBe('SCRIPT');
      expect(el?.textContent === text, `#${id} text intact`).toBe(true);
    }
    expect(lostEmbeddedJson(html, doc)).toEqual([]);
  });

  it('builds the tree a browser builds: SVG in its namespace, template content apart, the doctype kept', () => {
    const doc = parseSavedPage('<!DOCTYPE html><p>a<svg><style>.x{fill:red}</style><foreignObject><b>in</b></foreignObject></svg><template><i>t</i></template><script id="after">1</script>');
    expect(doc.doctype?.name).toBe('html');
    expect(doc.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('svg style')?.textContent).toBe('.x{fill:red}');
    expect(doc.querySelector('foreignObject b')?.textContent).toBe('in');
    expect(doc.querySelector('template i')).toBeNull();
    expect((doc.querySelector('template') as HTMLTemplateElement).content.querySelector('i')?.textContent).toBe('t');
    expect(doc.getElementById('after')?.textContent).toBe('1');
  });
});

describe('lost embedded JSON fails loudly', () => {
  it('names every container the parsed document lost, against the raw text', () => {
    const html = loadFixtureText('tiktok', DYLAN);
    // A parser that stops early: what happy-dom's own parser does on this page
    // (https://github.com/capricorn86/happy-dom/issues/2231),
    // reproduced here by parsing only the part before the first lost container.
    const window = new Window();
    const stopped = new window.DOMParser().parseFromString(html.slice(0, html.indexOf('<script id="SIGI_STATE"')), 'text/html') as unknown as Document;
    expect(lostEmbeddedJson(html, stopped)).toEqual(['SIGI_STATE', '__UNIVERSAL_DATA_FOR_REHYDRATION__']);
    void window.happyDOM.close();
  });

  it('refuses a page whose container is in the file but not among the parsed scripts', () => {
    const html = '<html><body><template><script id="SIGI_STATE" type="application/json">{"UserModule":{}}</script></template></body></html>';
    expect(() => parseSavedPage(html, 'saved.html')).toThrow(SavedPageError);
    expect(() => parseSavedPage(html, 'saved.html')).toThrow(/^saved\.html: the file holds SIGI_STATE but the parsed page does not/);
  });

  it('counts blocks: one JSON-LD block lost of two is lost', () => {
    const ld = '<script type="application/ld+json">{"@type":"Person"}</script>';
    const doc = parseSavedPage(`<html><head>${ld}</head></html>`);
    expect(lostEmbeddedJson(`<html><head>${ld}${ld}</head></html>`, doc)).toEqual(['application/ld+json']);
  });

  it('does not take a marker in page text for a container (a bio that mentions ytInitialData)', () => {
    const doc = parseSavedPage('<html><body><p>how to read ytInitialData and SIGI_STATE</p></body></html>');
    expect(doc.querySelector('p')?.textContent).toContain('SIGI_STATE');
  });

  it('guards every container the readers read', () => {
    expect(EMBEDDED_JSON_MARKERS).toEqual(expect.arrayContaining(['SIGI_STATE', '__UNIVERSAL_DATA_FOR_REHYDRATION__', '__NEXT_DATA__', 'ytInitialData', '_sharedData', 'application/ld+json']));
  });
});
