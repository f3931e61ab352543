/**
 * visibleText reads a subtree with no emoji image, link, script or style as its textContent in one
 * call: it must read every element exactly as the walk it shortcuts, defined here as it was.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/platforms/x/dom-text';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/** The walk node by node: text nodes, an emoji's alt, no scripts or styles, a link's display "…" dropped. */
function walked(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) text += walked(child);
  return el.tagName === 'A' ? text.replace(/…$/, '') : text;
}

const body = (html: string) => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://x.com/').body;

describe('visibleText', () => {
  it('reads emoji by their alt, drops a cut link\'s "…", skips scripts, styles and comments', () => {
    const el = body(
      `<div><span>Hello <img alt="👋" src="e.png"> world</span><!-- hidden --><a href="https://t.co/x"><span>https://</span>example.com/a-long-pa<span>th</span>…</a>` +
        `<script>var x = 1;</script><style>.a{}</style><svg><style>.b{}</style><title>icon</title></svg></div>`,
    ).firstElementChild!;
    expect(visibleText(el)).toBe('Hello 👋 worldhttps://example.com/a-long-path.b{}icon');
    expect(visibleText(el)).toBe(walked(el));
  });

  it('reads a plain subtree, a lone link and a lone image as the walk does', () => {
    const root = body('<p>plain <b>bold</b> text</p><a href="/a">cut…</a><img alt="🙂"><span></span>');
    for (const el of Array.from(root.children)) expect(visibleText(el)).toBe(walked(el));
  });

  it('reads every element of every saved page as the walk does', () => {
    let elements = 0;
    for (const platform of PLATFORMS) {
      for (const file of fixtureFiles(platform).filter((f) => f.endsWith('.html'))) {
        const doc = parseHtml(loadFixtureText(platform, file), loadExpectation(platform, file).url);
        for (const el of Array.from(doc.querySelectorAll('*'))) {
          if (visibleText(el) !== walked(el)) throw new Error(`${platform}/${file}: <${el.tagName.toLowerCase()}> reads differently`);
          elements += 1;
        }
      }
    }
    expect(elements).toBeGreaterThan(10_000);
  }, 120_000);
});
