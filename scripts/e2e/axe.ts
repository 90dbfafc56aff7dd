/**
 * Accessibility checks inside the browser tests: axe-core (the engine of the browser extensions
 * and Lighthouse) injected into the page and run on the whole document. Only serious and critical
 * violations count; each is reported with the rule, what it asks for and where it failed.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface AxeNode {
  target: string[];
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** The serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
  // scripts) does not govern; a <script> tag would be refused.
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const results = await runner.run(document, { resultTypes: ['violations'] });
    return results.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(' | ')}${v.nodes.length > 4 ? ` … (${v.nodes.length})` : ''}`,
    );
}
