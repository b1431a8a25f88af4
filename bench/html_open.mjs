// How long `-f html` pages take to open in headless Chromium: each page is
// opened RUNS times (default 5), the pages taking turns so that a busy
// machine slows them alike, and the time from the start of navigation to
// the end of the load event (which waits for the viewer's first screen) is
// printed with its median. Compare pages of one run, not across runs.
//   node bench/html_open.mjs A.html B.html ...
// A year of reports to open: python3 bench/gen_corpus.py --reports 365 --out DIR;
// build/stancegraph build DIR -j 2 -o year.html
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser } from '../tests/e2e/cdp.mjs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench/html_open.mjs PAGE.html...');
  process.exit(2);
}
const runs = Number(process.env.RUNS || 5);
const times = files.map(() => []);
const browser = await Browser.launch();
try {
  for (let run = 0; run < runs; run++)
    for (const [k, file] of files.entries()) {
      const page = await browser.newPage(1280, 800);
      await page.goto(pathToFileURL(path.resolve(file)).href);
      times[k].push(await page.eval(`performance.getEntriesByType('navigation')[0].loadEventEnd`));
      await page.close();
    }
} finally {
  await browser.close();
}
console.log('| page | ms to open, each run | median |');
console.log('|---|---|---|');
for (const [k, file] of files.entries()) {
  const t = times[k].slice().sort((a, b) => a - b);
  console.log(`| ${file} | ${times[k].map((x) => x.toFixed(0)).join(' ')} | ${t[Math.floor(t.length / 2)].toFixed(0)} |`);
}
