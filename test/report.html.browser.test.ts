// The HTML report in a real browser (Debian's chromium driven by playwright-core): it loads from
// a file:// URL without a single other request, shows the consult list and the findings,
// renders to a non-trivial screenshot, and works from the keyboard alone.
// Skipped, with the reason, when playwright-core or /usr/bin/chromium is missing.
// playwright-core is not a dependency yet: set TERMLINT_PLAYWRIGHT to its folder to use a copy
// installed elsewhere (e.g. `npm install --prefix /opt/pw playwright-core`).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';

interface PlaywrightLike {
  chromium: { launchPersistentContext(userDataDir: string, opts: Record<string, unknown>): Promise<ContextLike> };
}
interface ContextLike {
  newPage(): Promise<PageLike>;
  close(): Promise<void>;
}
interface PageLike {
  on(event: 'request', fn: (req: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  screenshot(opts: { path: string; fullPage: boolean }): Promise<Buffer>;
  keyboard: { press(key: string): Promise<void> };
  evaluate<T>(fn: () => T): Promise<T>;
  locator(selector: string): { count(): Promise<number>; first(): { textContent(): Promise<string | null> } };
}

async function loadPlaywright(): Promise<{ pw: PlaywrightLike | null; reason: string }> {
  const candidates = ['playwright-core', ...(process.env.TERMLINT_PLAYWRIGHT ? [process.env.TERMLINT_PLAYWRIGHT] : [])];
  for (const name of candidates) {
    try {
      const spec = name.startsWith('/') ? pathToFileURL(join(name, 'index.mjs')).href : name;
      const mod = (await import(/* @vite-ignore */ spec)) as { default?: PlaywrightLike } & PlaywrightLike;
      return { pw: mod.chromium ? mod : (mod.default ?? null), reason: '' };
    } catch {
      // try the next place
    }
  }
  return { pw: null, reason: 'playwright-core is not installed (add it as a devDependency, or set TERMLINT_PLAYWRIGHT to its folder)' };
}

const loaded = await loadPlaywright();
const skipReason = !loaded.pw ? loaded.reason : !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install -y chromium)` : '';
if (skipReason) console.warn(`report.html.browser: skipped: ${skipReason}`);

describe.skipIf(Boolean(skipReason))('html report in headless chromium', () => {
  let dir = '';
  let reportPath = '';
  let browser: ContextLike;
  let page: PageLike;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'termlint-html-'));
    reportPath = join(dir, 'report.html');
    const run = runCli([
      'check', '-f', 'html', '-o', reportPath,
      '--against', 'fixtures/templates/acme-msa-template.md',
      '--termsheet', 'fixtures/templates/initrode-termsheet.yaml',
      'fixtures/templates/acme-msa-redline.md',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // A fresh profile folder per run (playwright passes it as --user-data-dir).
    browser = await loaded.pw!.chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    page = await browser.newPage();
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(reportPath).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads from file:// with no request but the page itself', () => {
    expect(requests).toEqual([pathToFileURL(reportPath).href]);
  });

  it('shows the consult list first, then the findings with severity words', async () => {
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2')].map((h) => h.textContent?.trim() ?? ''));
    expect(headings[0]).toBe('termlint report');
    expect(headings[1]).toBe('Consult before sending');
    const consult = await page.locator('#consult-h + ul').first().textContent();
    expect(consult).toContain('Finance (Deal Desk)');
    expect(consult).toContain('template-deviation');
    expect(consult).toContain('termsheet-mismatch');
    expect(await page.locator('details.finding').count()).toBeGreaterThan(10);
    const clause22 = await page.evaluate(() => {
      const article = [...document.querySelectorAll('article.clause')].find((a) => a.querySelector('h4')?.textContent?.includes('2.2'));
      return { cls: article?.className ?? '', text: article?.textContent ?? '' };
    });
    expect(clause22.cls).toContain('sev-error');
    expect(clause22.text).toContain('Error');
    expect(clause22.text).toContain('[thirty (30) → ninety (90)]');
    expect(clause22.text).toContain('Term sheet agrees 60 days, the contract says 90 days');
  });

  it('renders to a non-trivial PNG', async () => {
    const shot = '/tmp/termlint-html-report.png';
    await page.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(1500);
    // A blank page compresses to a few KB; a page of text and colour does not.
    expect(png.length).toBeGreaterThan(50_000);
  });

  it('works from the keyboard alone: skip link, every summary, Enter opens a fold', async () => {
    const summaries = await page.locator('summary').count();
    expect(summaries).toBeGreaterThan(10);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { cls: el?.className ?? '', visibleTop: el ? el.getBoundingClientRect().top : -1 };
    });
    expect(first.cls).toBe('skip-link');
    // Visible when focused (it slides into view), not just present.
    expect(first.visibleTop).toBeGreaterThanOrEqual(0);

    // Tab through the whole page; on the first folded run of quiet clauses, Enter opens it.
    const reached = new Set<number>();
    let openedByEnter = false;
    let outline = '';
    for (let i = 0; i < 400 && reached.size < summaries; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          index: [...document.querySelectorAll('summary')].indexOf(el),
          closedQuiet: el.parentElement?.matches('details.quiet:not([open])') ?? false,
        };
      });
      if (at.index >= 0) reached.add(at.index);
      if (at.closedQuiet && !openedByEnter) {
        await page.keyboard.press('Enter');
        openedByEnter = await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open ?? false);
        outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
        expect(openedByEnter).toBe(true);
      }
    }
    expect(reached.size).toBe(summaries);
    expect(openedByEnter).toBe(true);
    // The focused summary shows where focus is.
    expect(outline).toBe('solid');
  });
});
