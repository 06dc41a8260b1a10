/**
 * npm start: builds the extension, serves the demo article on localhost and
 * opens it in Chromium with Dramatis loaded. With no display it runs headless,
 * hovers the first highlighted name, saves a screenshot and prints who it found.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { highlightCounts, launch, ROOT, serve, settled } from '../tests/e2e/harness';

const headless = !process.env.DISPLAY;
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const site = await serve(join(ROOT, 'tests/fixtures'));
const demo = `${site.url}/demo-article.html`;
const session = await launch({ headless, build: 'production' });
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(demo);
await settled(page, 1);

if (!headless) {
  console.log(`Dramatis is running on ${demo}. Close the browser window to stop.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  const first = page.locator('dramatis-mark[aria-description]').first();
  await first.hover();
  // The card's shadow root is closed in the shipped build: wait for its host to show.
  await page.locator('dramatis-card').waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForTimeout(300);
  const shot = join(ROOT, '.output/dramatis-start.png');
  await page.screenshot({ path: shot });
  const counts = Object.entries(await highlightCounts(page)).sort((a, b) => b[1] - a[1]);
  console.log(`\nScreenshot with the card showing: ${shot}\n\nPeople highlighted on ${demo}:`);
  for (const [id, n] of counts) console.log(`  ${String(n).padStart(3)}  ${id}`);
  console.log(`  ${String(counts.reduce((t, [, n]) => t + n, 0)).padStart(3)}  in all`);
  await session.close();
}
site.server.close();
