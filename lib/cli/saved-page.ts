/**
 * Saved pages in Node, read as a browser reads them. The one place where `vet`, the reader tests,
 * the fixture meta-test, the golden reports and the benchmarks turn a saved HTML file into the
 * `Document` the readers take.
 *
 * Why not happy-dom's own parser: it is not the HTML standard's algorithm and it silently drops
 * everything after a `<style>` or `<script>` nested in an `<svg>` (still open in happy-dom 21.x:
 * https://github.com/capricorn86/happy-dom/issues/2231). The 2023-02 TikTok page has one before `SIGI_STATE`, so in Node that page lost
 * its verified badge, its post count and every post's likes, comments, shares and exact date,
 * while the browser read them all. parse5 implements the WHATWG parsing algorithm that browsers
 * implement; its tree is rebuilt as happy-dom nodes so the readers get a full DOM (selectors,
 * `scripts`, `getElementById`) and stay unchanged.
 *
 * And because a parser can still stop early on some page no one has tried yet, every parse is
 * checked: a known embedded-JSON container that is in the file but in no script of the parsed
 * document fails loudly instead of giving a quieter, poorer reading.
 */
import { Window } from 'happy-dom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/**
 * Names of the JSON containers the readers look for in a page's scripts (ids of
 * `<script id=…>`, variables assigned in script text, JSON-LD's script type). Keep in step with the
 * readers' `lib/platforms/<platform>/paths.ts`: a container missing here is not guarded.
 */
export const EMBEDDED_JSON_MARKERS = [
  'SIGI_STATE', // TikTok 2022–23
  '__UNIVERSAL_DATA_FOR_REHYDRATION__', // TikTok 2023 →
  '__NEXT_DATA__', // TikTok ≤ 2021
  'ytInitialData', // YouTube
  'ytInitialPlayerResponse', // YouTube watch pages
  '_sharedData', // Instagram ≤ 2022
  'xig_user_by_username', // Instagram 2026 (data-sjs)
  '__INITIAL_STATE__', // X server shell
  'application/ld+json', // JSON-LD, every platform
] as const;

export class SavedPageError extends Error {
  constructor(
    message: string,
    /** The markers that are in the file but not in the parsed document. */
    readonly lost: readonly string[],
  ) {
    super(message);
    this.name = 'SavedPageError';
  }
}

// One window for the process: only its document factory is used. Nothing runs, nothing is fetched.
let window: Window | null = null;

function owner(): Window {
  window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  return window;
}

function copyAttributes(source: P5Element, target: Element): void {
  for (const attr of source.attrs) {
    try {
      if (attr.namespace) target.setAttributeNS(attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      else target.setAttribute(attr.name, attr.value);
    } catch {
      // A name the DOM API refuses (`"`, `<`…) but a parser keeps: nothing a reader looks at.
    }
  }
}

function createNode(doc: Document, node: P5Node): Node | null {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType': {
      const type = node as DefaultTreeAdapterMap['documentType'];
      return doc.implementation.createDocumentType(type.name || 'html', type.publicId, type.systemId);
    }
    case '#document':
    case '#document-fragment':
      return null;
    default: {
      const source = node as P5Element;
      const element = doc.createElementNS(source.namespaceURI, source.tagName);
      copyAttributes(source, element);
      return element;
    }
  }
}

function childrenOf(node: P5Parent): P5Node[] {
  // A <template>'s children live in its content fragment, as in a browser.
  return node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
}

function containerOf(node: Node): Node {
  return (node as Partial<HTMLTemplateElement>).content ?? node;
}

/** Rebuild parse5's tree under `target`, without recursion (a hostile page can nest deeply). */
function rebuild(doc: Document, source: P5Parent, target: Node): void {
  const stack: Array<[P5Parent, Node]> = [[source, target]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [from, to] = next;
    const into = containerOf(to);
    for (const child of childrenOf(from)) {
      const created = createNode(doc, child);
      if (!created) continue;
      into.appendChild(created);
      if (child.nodeName === 'template' || ('childNodes' in child && child.childNodes.length > 0)) stack.push([child as P5Parent, created]);
    }
  }
}

// A script block in the raw text: from `<script` to the first `</script` (where HTML ends it too).
const RAW_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

function countWith(texts: readonly string[], marker: string): number {
  return texts.reduce((n, text) => n + (text.includes(marker) ? 1 : 0), 0);
}

/**
 * The known containers that fewer scripts hold in `doc` than in the file's raw text. The raw text
 * is cut into script blocks without any DOM parser, so this check does not share a parser's bugs;
 * a marker outside a script (a bio that mentions "ytInitialData") is not a container and is ignored.
 */
export function lostEmbeddedJson(html: string, doc: Document): string[] {
  const present = EMBEDDED_JSON_MARKERS.filter((marker) => html.includes(marker));
  if (present.length === 0) return [];
  const raw = html.match(RAW_SCRIPT) ?? [];
  const parsed = Array.from(doc.querySelectorAll('script')).map((s) => `${s.id} ${s.getAttribute('type') ?? ''} ${s.textContent ?? ''}`);
  return present.filter((marker) => countWith(parsed, marker) < countWith(raw, marker));
}

/**
 * Parse a saved page the way a browser does (WHATWG algorithm, scripting on, nothing run or
 * fetched). Throws SavedPageError when a known embedded-JSON container did not survive the parse.
 */
export function parseSavedPage(html: string, name = 'page'): Document {
  const tree = parse(html);
  const doc = new (owner().DOMParser)().parseFromString('', 'text/html') as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  // Each top-level node is built detached and attached once: cheaper than connecting node by node.
  for (const child of tree.childNodes) {
    const created = createNode(doc, child);
    if (!created) continue;
    if ('childNodes' in child) rebuild(doc, child as P5Parent, created);
    doc.appendChild(created);
  }
  const lost = lostEmbeddedJson(html, doc);
  if (lost.length) {
    throw new SavedPageError(`${name}: the file holds ${lost.join(', ')} but the parsed page does not (the HTML parser stopped early); refusing a partial reading`, lost);
  }
  return doc;
}
