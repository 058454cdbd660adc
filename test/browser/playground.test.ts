/**
 * The playground (dist/playground/index.html, built by tsup) and the browser build of the library
 * (dist/browser/eventext.js) in headless Chromium, the page opened from the file system.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader, csvRows } from '../../src/cli/csv.js';
import { reduceHtml } from '../../src/cli/html.js';
import { extract, toJsonLd } from '../../src/index.js';
import { fixture, fixturePath } from '../helpers.js';
import { highlightsIn, launchChromium, NO_TRAPS, OUTPUT_DIR, ROOT, SKIP_BROWSER, trappedPage } from './chromium.js';
import { expectHighlightsTiedToRecord } from './record-ties.js';

/** A page that imports the browser build as a module, as a site would, and hands it to the test. */
const LOADER = '<!doctype html><title>eventext</title><script type="module">import * as eventext from "/eventext.js"; window.eventext = eventext;</script>';
const PLAYGROUND = pathToFileURL(join(ROOT, 'dist/playground/index.html')).href;
const RIVER = fixture('review-river-delta-forum.txt');
const HOSTILE = fixture('review-hostile-release.txt');

/** Types a release into the playground and waits for the review of exactly that text. */
async function enter(page: Page, text: string): Promise<void> {
  await page.fill('#release', text);
  await page.waitForFunction((t) => document.querySelector('#review .release-text')?.textContent === t, text, { timeout: 15_000 });
}

async function download(page: Page, button: string): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!, 'utf8') };
}

describe.skipIf(SKIP_BROWSER)('playground in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => browser?.close());

  it('extracts a pasted release and shows its event name and speakers, highlighted where they were read', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(PLAYGROUND);
    await enter(page, RIVER);
    const record = extract(RIVER);
    expect(await page.$$eval('#review table.fields caption', (c) => c.map((x) => x.textContent))).toEqual(record.events.map((e) => `${e.id} ${e.name}`));
    expect(await page.$$eval('#review table.speakers tbody tr td:first-child', (c) => c.map((x) => x.textContent))).toEqual(record.events.flatMap((e) => e.speakers.map((s) => s.name)));
    expectHighlightsTiedToRecord(await highlightsIn(page, '#review .release-text'), RIVER, record);
    expect(await page.textContent('#status')).toMatch(/1 event|\d+ events/);
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('updates as the text changes, once typing pauses', async () => {
    const { context, page } = await trappedPage(browser);
    await page.goto(PLAYGROUND);
    await enter(page, RIVER);
    const edited = RIVER.replace('Forum on River Flood Preparedness', 'Summit on River Flood Preparedness');
    await page.fill('#release', edited);
    // Not at once (debounced), but soon.
    expect(await page.textContent('#review .release-text')).toBe(RIVER);
    await page.waitForFunction((t) => document.querySelector('#review .release-text')?.textContent === t, edited, { timeout: 15_000 });
    expect(await page.textContent('#review table.fields caption')).toBe(`e1 ${extract(edited).events[0]!.name}`);
    await page.fill('#release', '');
    await page.waitForFunction(() => !document.querySelector('#review .doc'));
    expect(await page.isDisabled('#download-json')).toBe(true);
    await context.close();
  });

  it('downloads the record as JSON (with its text), JSON-LD and CSV, as the command writes them', async () => {
    const { context, page } = await trappedPage(browser);
    await page.goto(PLAYGROUND);
    await page.setInputFiles('#file', fixturePath('review-river-delta-forum.txt'));
    await page.waitForFunction((t) => document.querySelector('#review .release-text')?.textContent === t, RIVER);
    const record = extract(RIVER);
    const json = await download(page, '#download-json');
    expect(json.name).toBe('review-river-delta-forum.record.json');
    expect(JSON.parse(json.content)).toEqual({ text: RIVER, ...record });
    const jsonld = await download(page, '#download-jsonld');
    expect(jsonld.name).toBe('review-river-delta-forum.jsonld');
    expect(JSON.parse(jsonld.content)).toEqual(toJsonLd(record));
    const csv = await download(page, '#download-csv');
    expect(csv.name).toBe('review-river-delta-forum.csv');
    expect(csv.content).toBe(csvHeader(false) + csvRows('review-river-delta-forum', 'review-river-delta-forum.txt', record, false));
    await context.close();
  });

  it('reduces a dropped web page to its article, as the command does', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(PLAYGROUND);
    const html = fixture('cli-library-launch-page.html');
    // a real drop event, with the file in its DataTransfer
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'launch.html', { type: 'text/html' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, html);
    const reduced = reduceHtml(html);
    await page.waitForFunction((t) => document.querySelector('#review .release-text')?.textContent === t, reduced.text, { timeout: 15_000 });
    expect(await page.textContent('#status')).toMatch(/article of a web page/);
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('runs nothing from a hostile release, typed or dropped as a page: no dialog, console error or request', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(PLAYGROUND);
    await enter(page, HOSTILE);
    await page.waitForTimeout(300);
    expect(await page.$$eval('#review script', (s) => s.map((x) => x.getAttribute('type')))).toEqual(['application/ld+json']);
    expect(await page.$$('#review img, #review iframe, #review svg, #review b')).toHaveLength(0);
    for (const mark of await page.$$('#review mark.hl[tabindex]')) await mark.hover();
    expectHighlightsTiedToRecord(await highlightsIn(page, '#review .release-text'), HOSTILE, extract(HOSTILE));
    // The same words as a web page whose own scripts, handlers and images would run if it were rendered.
    const hostilePage = `<!doctype html><html><head><title>Hostile</title><script>alert('head')</script></head><body><article><h1>Council Hosts Workshop</h1>${HOSTILE.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<img src="x.png" onerror="alert('img')"></article></body></html>`;
    const path = join(OUTPUT_DIR, 'hostile-page.html');
    writeFileSync(path, hostilePage);
    await page.setInputFiles('#file', path);
    await page.waitForFunction(() => /article of a web page/.test(document.querySelector('#status')?.textContent ?? ''), undefined, { timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.$$('#review img, #review iframe, #review svg')).toHaveLength(0);
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('is usable on a 375-pixel-wide screen: nothing runs off the side, every control in view', async () => {
    const { context, page } = await trappedPage(browser, { width: 375, height: 812 });
    await page.goto(PLAYGROUND);
    await page.click('#sample');
    await page.waitForSelector('#review .doc');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const control of ['#release', '#sample', '#download-json', '#download-jsonld', '#download-csv', '#reference-date']) {
      const box = (await page.locator(control).boundingBox())!;
      expect(box.x, control).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, control).toBeLessThanOrEqual(375);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, 'playground-mobile-375.png'), fullPage: true });
    await context.close();
  });
});

describe.skipIf(SKIP_BROWSER)('the browser build of the library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => browser?.close());

  it('runs extract, toJsonLd and the schemas in the browser with the same results as in Node', async () => {
    const bundle = readFileSync(join(ROOT, 'dist/browser/eventext.js'), 'utf8');
    // Served from a made-up origin by the test itself (a module cannot be imported from file://).
    const origin = 'http://eventext.test';
    const { context, page, traps } = await trappedPage(browser, undefined, (url) => url.startsWith(origin));
    await context.route(`${origin}/**`, (route) =>
      route.fulfill(route.request().url().endsWith('/eventext.js') ? { body: bundle, contentType: 'text/javascript' } : { body: LOADER, contentType: 'text/html' }),
    );
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => 'eventext' in window);
    const result = await page.evaluate((text) => {
      const lib = (window as unknown as { eventext: typeof import('../../src/index.js') }).eventext;
      const record = lib.extract(text);
      return { record, graph: lib.toJsonLd(record), valid: lib.ExtractionRecordSchema.safeParse(record).success, invalid: lib.ExtractionRecordSchema.safeParse({}).success };
    }, RIVER);
    expect(result.record).toEqual(extract(RIVER));
    expect(result.graph).toEqual(toJsonLd(extract(RIVER)));
    expect(result.valid).toBe(true);
    expect(result.invalid).toBe(false);
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });
});
