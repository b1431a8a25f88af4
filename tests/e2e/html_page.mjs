// What the HTML end-to-end tests (html_view.mjs, html_scale.mjs) share:
// reading a page's data, opening it in Chromium, checking that it stayed
// quiet and offline, that a screenshot is a drawing, and where a drawn
// node or arrow is on screen.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodePng } from './cdp.mjs';
import { abort, check, fail } from './common.mjs';

// The JSON the page embeds, read back as a consumer would.
export function dataOf(html) {
  const m = html.match(/<script type="application\/json" id="sg-data">([\s\S]*?)<\/script>/);
  if (!m) abort('the page has no sg-data script element');
  return JSON.parse(m[1]);
}

// Opens a page and waits until the viewer has started.
export async function open(browser, file, width = 1280, height = 800) {
  const page = await browser.newPage(width, height);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  const ready = await page.eval(`document.documentElement.dataset.ready === 'true'`);
  if (!ready) fail(`${path.basename(file)}: the viewer did not finish starting`, page.console);
  return { page, url };
}

// Console errors and warnings, exceptions, and requests for anything but
// the page itself (Chromium's own icons are data: URLs).
export function checkQuiet(page, name, url) {
  check(page.console.length === 0, `${name}: no console errors or warnings`, page.console.slice(0, 5));
  const fetched = page.requests.filter((u) => u !== url && !u.startsWith('data:'));
  check(fetched.length === 0, `${name}: no network request`, fetched.slice(0, 5));
  check(page.dialogs.length === 0, `${name}: no dialog opened`, page.dialogs);
}

// Not blank: many colours, and more than a sliver of the page not white.
// Kept as DIR/NAME.png.
export function checkScreenshot(png, dir, name) {
  const file = path.join(dir, `${name}.png`);
  fs.writeFileSync(file, png);
  const img = decodePng(png);
  const colours = new Set();
  let inked = 0;
  for (let i = 0; i < img.pixels.length; i += img.channels) {
    const [r, g, b] = [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 200 || g < 200 || b < 200) inked++;
  }
  const share = inked / (img.width * img.height);
  check(colours.size > 50 && share > 0.01, `${name}: the screenshot (${file}) is a drawing, not a blank page`, [
    `${colours.size} colours, ${(share * 100).toFixed(1)}% inked`,
  ]);
}

// Indexes of the drawn (not hidden) nodes or edges: SELECTOR is '.node' or '.edge'.
export const drawnIndexes = (selector) =>
  `[...document.querySelectorAll('#graph ${selector}:not([hidden])')].map((e) => Number(e.dataset.index))`;

// The page point at a fraction of a drawn edge's arrow, in CSS pixels.
export const pointOnEdge = (index, fraction) => `(() => {
  const line = document.querySelector('#graph .edge[data-index="${index}"] path.line');
  const p = line.getPointAtLength(line.getTotalLength() * ${fraction});
  const m = line.getScreenCTM();
  return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
})()`;

// Drawn edge index -> the number of assertions it is drawn for.
export const counts = `Object.fromEntries([...document.querySelectorAll('#graph .edge:not([hidden])')].map((e) => [e.dataset.index, Number(e.dataset.count)]))`;

// Types a date range into the filters, as a user would (YYYY-MM-DD).
export async function setDates(page, from, to) {
  await page.eval(`(() => {
    const f = document.getElementById('date-from'), t = document.getElementById('date-to');
    f.value = ${JSON.stringify(from)}; t.value = ${JSON.stringify(to)};
    t.dispatchEvent(new Event('change'));
  })()`);
}
