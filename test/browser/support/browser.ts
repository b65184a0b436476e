import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { checkAnswer } from '../../support/contract.js';

export const root = resolve(import.meta.dirname, '../../..');

/** Debian's Chromium (apt-get install -y chromium), never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What the web app's API calls were answered that the OpenAPI document does not declare, from every page `signedIn` opened. */
export const contractViolations: string[] = [];
const checking = new Set<Promise<void>>();

async function checkBrowserAnswer(response: Response): Promise<void> {
  const url = new URL(response.url());
  if (!url.pathname.startsWith('/api/')) return;
  const headers = new Headers(response.headers());
  let text: string;
  try {
    text = await response.text();
  } catch {
    return; // The page went away before the body was read: nothing to hold against the document.
  }
  const isJson = headers.get('content-type')?.startsWith('application/json') && text !== '';
  try {
    checkAnswer({ method: response.request().method(), path: url.pathname + url.search, status: response.status(), headers, body: isJson ? JSON.parse(text) : text || undefined });
  } catch (error) {
    contractViolations.push((error as Error).message);
  }
}

/** Every API answer a page gets, held against the OpenAPI document (test/support/contract.ts). */
export function checkAnswersOf(page: Page): void {
  page.on('response', (response) => {
    const check = checkBrowserAnswer(response).finally(() => checking.delete(check));
    checking.add(check);
  });
}

/** Waits for the checks of the answers already received. */
export const answersChecked = async (): Promise<void> => void (await Promise.all([...checking]));

/** A fresh browser profile (its own session and local storage) signed in as a demo user. */
export async function signedIn(browser: Browser, url: string, name: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  checkAnswersOf(page);
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message));
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return { context, page };
}

export interface A11yFinding {
  screen: string;
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core with the WCAG 2.1 A and AA rules; every finding, with the screen it was found on. */
export async function accessibilityFindings(page: Page, screen: string): Promise<A11yFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ screen, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A full-page screenshot under screenshots/ (git-ignored), to look at by eye. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = join(root, 'screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** True when the page needs no sideways scrolling (WCAG 1.4.10 reflow). */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Table cells whose text runs out of their box (and so over the next line), as their column names. */
export const overflowingCells = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main td, main tbody th')]
      .filter((cell) => cell.scrollHeight > cell.clientHeight + 1)
      .map((cell) => cell.getAttribute('data-label') ?? cell.textContent ?? ''),
  );
