import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { OverlayInput } from '../../../components/overlay/overlay-model';
import { OverlayView } from '../../../components/overlay/overlay-view';
import { renderFirstBadge } from '../../../entrypoints/overlay/first-badge';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport, makeSnapshot, NOW } from '../../lib/vetting/factory';

/**
 * The frame's first paint is the badge in plain DOM; the panel's React components draw the same
 * badge once the panel has loaded. Both must be the same document: elements, attributes (test ids,
 * classes, ARIA) and text, for every state the badge shows.
 */

interface Shape {
  tag: string;
  attrs: Array<[string, string]>;
  children: Array<Shape | string>;
}

function shape(node: Node): Shape | string | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const children: Array<Shape | string> = [];
  for (const child of Array.from(el.childNodes)) {
    const s = shape(child);
    if (s === null) continue;
    // React separates neighbouring text with comments; text is text however it is split.
    if (typeof s === 'string' && typeof children.at(-1) === 'string') children[children.length - 1] += s;
    else children.push(s);
  }
  return { tag: el.tagName.toLowerCase(), attrs: Array.from(el.attributes, (a): [string, string] => [a.name, a.value]).sort(), children };
}

function fromReact(loaded: OverlayInput): Shape | string | null {
  const move = { onDrag: vi.fn(), onStep: vi.fn() };
  const briefs = { options: [], switching: false, error: null, onSwitch: vi.fn() };
  const save = { state: { phase: 'idle' as const }, dashboardUrl: '', onSave: vi.fn() };
  const html = renderToStaticMarkup(<OverlayView loaded={loaded} collapsed onExpand={vi.fn()} onCollapse={vi.fn()} move={move} briefs={briefs} save={save} history={null} now={NOW} />);
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return shape(holder.firstElementChild!);
}

function fromPlain(loaded: OverlayInput): Shape | string | null {
  const holder = document.createElement('div');
  renderFirstBadge(holder, loaded, { onDrag: vi.fn(), onStep: vi.fn() }, vi.fn());
  return shape(holder.firstElementChild!);
}

const ready = (report = makeReport()): OverlayInput => ({ kind: 'state', state: { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, report } as TabState });

const CASES: Array<[string, OverlayInput]> = [
  ['connecting', { kind: 'connecting' }],
  ['no state yet', { kind: 'state', state: null }],
  ['loading', { kind: 'state', state: { status: 'loading', pageUrl: 'https://www.instagram.com/ana/' } as TabState }],
  ['unreadable', { kind: 'state', state: { status: 'unreadable', pageUrl: 'https://www.instagram.com/ana/', reason: 'private' } as TabState }],
  ['storage full', { kind: 'state', state: { status: 'unreadable', pageUrl: 'https://www.instagram.com/ana/', reason: 'storage-full' } as TabState }],
  ['error', { kind: 'error', message: 'the background is unreachable' }],
  ['ready', ready()],
  ['ready, followers unknown', ready(makeReport(makeSnapshot({ followers: null })))],
  ['ready, rounded followers', ready(makeReport(makeSnapshot({ followers: 1_140_000, provenance: { followers: { source: 'meta', exact: false, via: 'og:description' } } })))],
];

describe('the first badge (plain DOM) and the panel’s badge (React)', () => {
  it.each(CASES)('%s: the same elements, attributes and text', (_name, loaded) => {
    expect(fromPlain(loaded)).toEqual(fromReact(loaded));
  });
});

describe('renderFirstBadge', () => {
  it('keeps the elements when the badge would not change, and replaces them when it would', () => {
    const holder = document.createElement('div');
    const move = { onDrag: vi.fn(), onStep: vi.fn() };
    const report = makeReport();
    renderFirstBadge(holder, ready(report), move, vi.fn());
    const button = holder.querySelector('[data-testid="overlay-expand"]');
    renderFirstBadge(holder, ready(structuredClone(report)), move, vi.fn());
    expect(holder.querySelector('[data-testid="overlay-expand"]')).toBe(button);
    renderFirstBadge(holder, { kind: 'connecting' }, move, vi.fn());
    expect(holder.querySelector('[data-testid="overlay-badge"]')?.getAttribute('data-state')).toBe('loading');
  });
});
