import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
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

/** The axe tags of WCAG 2.2 level AA (with 2.0 and 2.1 A and AA under it). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core with the WCAG 2.2 A and AA rules; every finding, with the screen it was found on. */
export async function accessibilityFindings(page: Page, screen: string): Promise<A11yFinding[]> {
  return (await axeAudit(page, screen)).findings;
}

/**
 * axe-core with the WCAG 2.2 AA tags, and whether its target-size rule (2.5.8, off in axe's
 * defaults) really ran: a tag list that silently left it out would pass every small button.
 */
export async function axeAudit(page: Page, screen: string): Promise<{ findings: A11yFinding[]; targetSizeRan: boolean }> {
  const result = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
  return {
    findings: result.violations.map((v) => ({ screen, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    targetSizeRan: ran.includes('target-size'),
  };
}

/** What a page breaks of reflow, keyboard reach and target size, beyond axe: empty lists when all is well. */
export interface LayoutProblems {
  /** The page itself needs sideways scrolling (WCAG 1.4.10). */
  sideways: boolean;
  /** Boxes that scroll but cannot be reached with the keyboard to scroll them (2.1.1). */
  unreachableScrollers: string[];
  /** Header links and buttons smaller than 24 × 24 CSS px (2.5.8). */
  smallHeaderTargets: string[];
  /** Headings, legends and labels whose text is cut off by their box. */
  cutOff: string[];
  /** Chart labels drawn smaller than 12 px on screen. */
  tinyChartLabels: string[];
}

export const layoutProblems = (page: Page): Promise<LayoutProblems> =>
  page.evaluate(() => {
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"`;
    };
    const scroller = document.scrollingElement ?? document.documentElement;
    const all = [...document.body.querySelectorAll('*')];
    const unreachableScrollers = all
      .filter((el) => {
        const style = getComputedStyle(el);
        const scrollsX = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const scrollsY = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return (scrollsX || scrollsY) && (el as HTMLElement).tabIndex < 0;
      })
      .map(name);
    const smallHeaderTargets = [...document.querySelectorAll('header a, header button')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.width < 24 || box.height < 24);
      })
      .map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
    const cutOff = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main legend, main label, header p')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map(name);
    const tinyChartLabels = [...document.querySelectorAll('.doorbraak-chart-label')]
      .filter((el) => {
        const size = parseFloat(getComputedStyle(el).fontSize);
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        return size * scale < 12;
      })
      .map(name);
    return { sideways: scroller.scrollWidth > window.innerWidth, unreachableScrollers, smallHeaderTargets, cutOff, tinyChartLabels };
  });

/** A full-page screenshot under screenshots/ (git-ignored), to look at by eye. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = join(root, 'screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** One screen's audit at one width. */
export interface ScreenResult {
  screen: string;
  width: number;
  /** A font forced on the page instead of the theme's, to see that reflow holds in it too. */
  font?: string;
  violations: A11yFinding[];
  targetSizeRan: boolean;
  layout: LayoutProblems;
  overflowingCells: string[];
}

/** The case links on a list page, as client reference → case id. */
export const caseLinks = (page: Page): Promise<[string, string][]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('main a[href*="/cases/"], main a[href*="/request/"]')].map((a) => [a.textContent ?? '', a.pathname.split('/').pop() ?? ''] as [string, string]),
  );

/** Table cells whose text runs out of their box (and so over the next line), as their column names. */
export const overflowingCells = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main td, main tbody th')]
      .filter((cell) => cell.scrollHeight > cell.clientHeight + 1)
      .map((cell) => cell.getAttribute('data-label') ?? cell.textContent ?? ''),
  );

/** The focus ring a focused element shows: style, width in px, and its contrast with the page behind it. */
export const focusRing = (field: Locator) =>
  field.evaluate((el) => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour).map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const ring = luminance(style.outlineColor);
    const behind = luminance(getComputedStyle(document.body).backgroundColor);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05),
    };
  });
