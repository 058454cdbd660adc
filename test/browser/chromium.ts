/**
 * The browser tests' Chromium: the system's (Debian's `chromium` package), driven by
 * playwright-core through its executable path; no browser is downloaded. One launch per test
 * file. Without Chromium the tests fail and say how to get it, unless EVENTEXT_SKIP_BROWSER=1.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the browser tests leave pages and screenshots for a person to look at (git-ignored). */
export const OUTPUT_DIR = join(ROOT, 'test-output', 'browser');

export const CHROMIUM_PATH = process.env.EVENTEXT_CHROMIUM ?? '/usr/bin/chromium';
export const SKIP_BROWSER = process.env.EVENTEXT_SKIP_BROWSER === '1';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install -y chromium; .ci/run does), or set EVENTEXT_CHROMIUM to its path, ` +
        'or set EVENTEXT_SKIP_BROWSER=1 to skip the browser tests',
    );
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // launch() gives each run a fresh temporary profile (user-data-dir) of its own.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS, timeout: 60_000 });
}

/** What a page did that a page showing hostile text must never do. */
export interface Traps {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests other than for the page itself. */
  requests: string[];
}

/**
 * A fresh context whose pages record every dialog (and dismiss it), console error, uncaught
 * error and request; requests other than `allowed` are aborted, so nothing leaves the machine.
 */
export async function trappedPage(browser: Browser, viewport = { width: 1280, height: 900 }, allowed: (url: string) => boolean = () => false): Promise<{ context: BrowserContext; page: Page; traps: Traps }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const traps: Traps = { dialogs: [], consoleErrors: [], pageErrors: [], requests: [] };
  let pageUrl = '';
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === pageUrl || allowed(url)) return route.continue();
    traps.requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    traps.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') traps.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => traps.pageErrors.push(e.message));
  const goto = page.goto.bind(page);
  // The page's own URL is the one request it may make.
  page.goto = ((url: string, options?: Parameters<Page['goto']>[1]) => {
    pageUrl = url;
    return goto(url, options);
  }) as Page['goto'];
  return { context, page, traps };
}

export const NO_TRAPS: Traps = { dialogs: [], consoleErrors: [], pageErrors: [], requests: [] };

/** A highlight read back in the browser: its pieces' text joined, its offsets and the fields it names. */
export interface BrowserHighlight {
  text: string;
  start: number;
  end: number;
  refs: string[];
  kinds: string[];
  tip: string;
}

/** Every highlight under `selector` (pieces of one highlight share its data-hl and are joined). */
export async function highlightsIn(page: Page, selector: string): Promise<BrowserHighlight[]> {
  return page.$$eval(`${selector} mark.hl`, (marks) => {
    const found = new Map<string, BrowserHighlight>();
    for (const mark of marks) {
      const id = mark.getAttribute('data-hl') ?? '';
      const entry = found.get(id) ?? {
        text: '',
        start: Number(mark.getAttribute('data-start')),
        end: Number(mark.getAttribute('data-end')),
        refs: (mark.getAttribute('data-ref') ?? '').split(' '),
        kinds: (mark.getAttribute('data-kind') ?? '').split(' '),
        tip: mark.getAttribute('data-tip') ?? '',
      };
      entry.text += mark.textContent ?? '';
      found.set(id, entry);
    }
    return [...found.values()];
  });
}
