// axe-core in real Chromium: the serious and critical accessibility problems on a page, in each theme the
// pages offer (light, dark, high contrast), with a screenshot of each for a person to look at.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE = require.resolve('axe-core/axe.min.js');
export const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'browser');

export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)).join(', ') }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.targets})`);
}

export async function axeInEveryTheme(page: Page, name: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const theme of ['light', 'dark', 'contrast']) {
    await page.evaluate((th) => {
      if (th === 'light') document.documentElement.removeAttribute('data-theme');
      else document.documentElement.setAttribute('data-theme', th);
    }, theme);
    out[theme] = await seriousViolations(page);
    await page.screenshot({ path: join(SHOTS, `${name}-${theme}.png`), fullPage: true });
  }
  return out;
}
