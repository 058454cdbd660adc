/**
 * The review page the command writes (`eventext --format html`, the BUILT dist/cli.js), opened
 * from the file system in headless Chromium: highlights tied to the record, the field shown when
 * pointing at one, a hostile release that runs nothing, and screenshots for a person to look at
 * (test-output/browser/).
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { reviewPage } from '../../src/review/page.js';
import { fixture } from '../helpers.js';
import { highlightsIn, launchChromium, NO_TRAPS, OUTPUT_DIR, ROOT, SKIP_BROWSER, trappedPage } from './chromium.js';
import { expectHighlightsTiedToRecord } from './record-ties.js';

const pages = new Map<string, string>();

/** The command's review page of some fixtures, written where a person can open it; its file URL (made once per run). */
function reviewPageOf(name: string, ...files: string[]): string {
  const made = pages.get(name);
  if (made) return made;
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--jobs', '1', '--format', 'html', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, r.stdout);
  pages.set(name, pathToFileURL(path).href);
  return pages.get(name)!;
}

const RIVER = 'fixtures/review-river-delta-forum.txt';
const HOSTILE = 'fixtures/review-hostile-release.txt';

describe.skipIf(SKIP_BROWSER)('review page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => browser?.close());

  it('highlights every span of the record on the text it came from', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(reviewPageOf('review-river-delta-forum.html', RIVER));
    const text = fixture('review-river-delta-forum.txt');
    expect(await page.textContent('.release-text')).toBe(text);
    expectHighlightsTiedToRecord(await highlightsIn(page, '.release-text'), text, extract(text));
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('shows the field a highlight fills when pointing at it or focusing it', async () => {
    const { context, page } = await trappedPage(browser);
    await page.goto(reviewPageOf('review-river-delta-forum.html', RIVER));
    const tipOf = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el, '::after').content);
    const speaker = 'mark.hl-speaker[tabindex]';
    expect(await tipOf(speaker)).toBe('none');
    await page.hover(speaker);
    const tip = await page.$eval(speaker, (el) => el.getAttribute('data-tip'));
    expect(await tipOf(speaker)).toBe(JSON.stringify(tip));
    expect(tip).toMatch(/speaker/);
    // keyboard: focusing a highlight shows it too
    await page.mouse.move(0, 0);
    await page.focus('mark.hl-quotation[tabindex]');
    expect(await tipOf('mark.hl-quotation[tabindex]')).toMatch(/^"Quotation 1/);
    await context.close();
  });

  it('shows only the innermost field where highlights nest', async () => {
    // A speaker's name inside a quotation, written by hand (no extraction rule involved).
    const text = 'Ana said "Ana Lopez agrees" today.';
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const record = extract('');
    record.events = [{
      id: 'e1', name: 'Ana', type: 'other', startDate: null, endDate: null, location: null, attendanceMode: null, organizers: [], attendees: [],
      participantCount: null, span: span('Ana'),
      speakers: [{ name: 'Ana Lopez', aliases: [], kind: 'person', title: null, affiliation: null, roles: [], onBehalfOf: null, span: span('Ana Lopez') }],
    }];
    record.quotations = [{ text: 'Ana Lopez agrees', speaker: 'Ana Lopez', deliveredBy: null, eventId: null, span: span('Ana Lopez agrees') }];
    const path = join(OUTPUT_DIR, 'review-nested.html');
    writeFileSync(path, reviewPage([{ id: 'nested', source: 'nested', text, record }]));
    const { context, page } = await trappedPage(browser);
    await page.goto(pathToFileURL(path).href);
    const inner = 'mark.hl-speaker';
    const outer = 'mark.hl-quotation';
    expect(await page.$eval(inner, (el) => el.parentElement?.matches('mark.hl-quotation'))).toBe(true);
    await page.hover(inner);
    expect(await page.$eval(inner, (el) => getComputedStyle(el, '::after').content)).toMatch(/speaker: Ana Lopez/);
    expect(await page.$eval(outer, (el) => getComputedStyle(el, '::after').content)).toBe('none');
    expect(await page.textContent('.release-text')).toBe(text);
    await context.close();
  });

  it('runs nothing from a hostile release: no dialog, console error or request, and the text shown as text', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(reviewPageOf('review-hostile-release.html', HOSTILE));
    await page.waitForTimeout(300); // time for an image error handler to fire, were there one
    const text = fixture('review-hostile-release.txt');
    expect(await page.textContent('.release-text')).toBe(text);
    expect(await page.$$eval('script', (s) => s.map((x) => x.type))).toEqual(['application/ld+json']);
    expect(await page.$$('img, iframe, svg, b')).toHaveLength(0);
    expect(await page.title()).toBe(extract(text).document.title);
    // Pointing at every highlight runs nothing either.
    for (const mark of await page.$$('mark.hl[tabindex]')) await mark.hover();
    expectHighlightsTiedToRecord(await highlightsIn(page, '.release-text'), text, extract(text));
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('the traps do catch a page that runs script and loads an image', async () => {
    const { context, page, traps } = await trappedPage(browser);
    const path = join(OUTPUT_DIR, 'traps-control.html');
    writeFileSync(path, '<!doctype html><p>x</p><img src="nothing-here.png"><script>console.error("ran"); alert("ran")</script>');
    await page.goto(pathToFileURL(path).href);
    await page.waitForTimeout(200);
    expect(traps.dialogs).toEqual(['alert: ran']);
    expect(traps.consoleErrors).toContain('ran');
    expect(traps.requests.some((u) => u.endsWith('nothing-here.png'))).toBe(true);
    await context.close();
  });

  it('shows a batch with its index first, linking to each document', async () => {
    const { context, page, traps } = await trappedPage(browser);
    await page.goto(reviewPageOf('review-batch.html', RIVER, HOSTILE));
    const indexTop = (await page.locator('nav.index').boundingBox())!.y;
    const firstTop = (await page.locator('#doc-1').boundingBox())!.y;
    expect(indexTop).toBeLessThan(firstTop);
    await page.click('nav.index a[href="#doc-2"]');
    expect(await page.evaluate(() => location.hash)).toBe('#doc-2');
    expect(traps).toEqual(NO_TRAPS);
    await context.close();
  });

  it('writes screenshots at desktop width and at 375 px, where nothing runs off the side', async () => {
    const url = reviewPageOf('review-river-delta-forum.html', RIVER);
    for (const [width, name] of [[1280, 'desktop'], [375, 'mobile-375']] as const) {
      const { context, page } = await trappedPage(browser, { width, height: 900 });
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const file = join(OUTPUT_DIR, `review-page-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      await context.close();
    }
  });
});
