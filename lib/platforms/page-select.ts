/**
 * Page paths on the DOM side: reading an entry's path and querying a document with it. Apart from
 * page-path.ts (which also walks JSON) so that the code collecting a page on the page's own thread
 * reaches no JSON walker or text parser through it.
 */
import type { PagePath, Selector } from './page-path';

/**
 * An entry's path. Content-script builds ship each entry as its bare path (the strip plugin drops
 * the evidence and the wrapper), so every reader reads entries through here, never `.path`.
 */
export function pathOf<P>(entry: PagePath<P>): P {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry.path : (entry as unknown as P);
}

export function select(root: ParentNode, entry: Selector): Element | null {
  return root.querySelector(pathOf(entry));
}

export function selectAll(root: ParentNode, entry: Selector): Element[] {
  return Array.from(root.querySelectorAll(pathOf(entry)));
}

/** One selector matching any rung of a ladder. */
export function anyOf(ladder: readonly Selector[]): string {
  return ladder.map(pathOf).join(', ');
}
