import { launchChromium, signedIn } from './test/browser/support/browser.js';
const url = 'http://127.0.0.1:3100';
const out = '/tmp/shots';
async function casesOf(page: any, path: string) {
  await page.goto(`${url}${path}`);
  await page.waitForLoadState('networkidle');
}
const browser = await launchChromium();
for (const width of [320, 1280]) {
  // counsellor: case list, a case in follow-up with reports, a submitted case
  let { context, page } = await signedIn(browser, url, 'Sanne de Vries', width);
  await casesOf(page, '/counsellor');
  await page.screenshot({ path: `${out}/counsellor-cases-${width}.png`, fullPage: true });
  const links = await page.locator('a[href^="/counsellor/cases/"]').evaluateAll((as: any[]) => as.map((a) => a.getAttribute('href')));
  for (const [i, href] of links.slice(0, 8).entries()) {
    await casesOf(page, href);
    await page.screenshot({ path: `${out}/counsellor-case${i}-${width}.png`, fullPage: true });
  }
  await context.close();
  ({ context, page } = await signedIn(browser, url, 'Marieke Hoekstra', width));
  await casesOf(page, '/manager');
  const mlinks = await page.locator('a[href^="/manager/cases/"]').evaluateAll((as: any[]) => as.map((a) => a.getAttribute('href')));
  for (const [i, href] of mlinks.slice(0, 12).entries()) {
    await casesOf(page, href);
    await page.screenshot({ path: `${out}/manager-case${i}-${width}.png`, fullPage: true });
  }
  await context.close();
  ({ context, page } = await signedIn(browser, url, 'Kees Mulder', width));
  await casesOf(page, '/panel');
  await page.screenshot({ path: `${out}/panel-queue-${width}.png`, fullPage: true });
  await context.close();
}
await browser.close();
