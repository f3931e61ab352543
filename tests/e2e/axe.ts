import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets run: WCAG 2.0, 2.1 and 2.2 A and AA (contrast included), and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core inside one document (a page or the overlay's frame) and return its violations.
 * The source is evaluated in the document itself rather than through @axe-core/playwright's
 * builder, which re-frames and reloads frames and so loses the overlay's one-time channel; the
 * devtools protocol's evaluate is not subject to the extension pages' script policy.
 */
export async function runAxe(target: Page | Frame, selector?: string): Promise<AxeFinding[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ({ tags, selector }) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
      const result = await axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}${v.id === 'color-contrast' && n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`) }));
    },
    { tags: [...AXE_TAGS], selector },
  );
}

/** The violations a person would be blocked or badly slowed by. */
export const blocking = (findings: readonly AxeFinding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
