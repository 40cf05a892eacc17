import axe from 'axe-core';
import type { TestPage } from './types';

/** A serious or critical axe-core violation, with where it was found. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (all its rules, WCAG 2.x A and AA among them) on `page`, or on the element `within`
 * and its open shadow tree, and returns the serious and critical violations.
 */
export async function seriousViolations(page: TestPage, within?: string): Promise<AxeProblem[]> {
  await page.evaluateSource(axe.source);
  return page.evaluate(runAxe, within ?? null);
}

/** In the page: axe's own run, reduced to what a failed assertion should show. */
async function runAxe(within: string | null): Promise<AxeProblem[]> {
  type Violation = {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  };
  const engine = (
    globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
    }
  ).axe;
  const results = await engine.run(within === null ? document : { include: [[within]] }, {
    resultTypes: ['violations'],
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
}

/** In the page: shows `html` (a card's shadow tree) in an open shadow root of an otherwise empty page. */
export function showCardCopy(html: string): void {
  const host = document.createElement('div');
  host.id = 'card-copy';
  host.setAttribute('style', 'all: initial; position: fixed; top: 16px; left: 16px; display: block;');
  document.body.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' });
  // The card's own markup, read from its closed root by the content script; only the test copies it.
  root.innerHTML = html;
}
