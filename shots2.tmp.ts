import { launchChromium, signedIn } from './test/browser/support/browser.js';
const url = 'http://127.0.0.1:3100';
const browser = await launchChromium();
const shots: [string, string, string][] = [
  ['Marieke Hoekstra', '/manager/cases/93291f5d-5cd1-41f3-83b4-ff2ca471a6e3', 'manager-closed'],
  ['Marieke Hoekstra', '/manager/cases/0a56acd2-e12b-4452-98d8-79d4454eda22', 'manager-followup'],
  ['Eva Jansen', '/counsellor/cases/2ed09397-fe81-47b6-b187-7865a18225dd', 'counsellor-submitted'],
];
for (const width of [320, 1280]) {
  for (const [who, path, name] of shots) {
    const { context, page } = await signedIn(browser, url, who, width);
    await page.goto(`${url}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
