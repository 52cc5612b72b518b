// Opens a simulate report.html in headless Chromium (playwright-core + the system's /usr/bin/chromium: Playwright's
// own browser download does not work here) and checks that it renders: no page error, every chart drawn with a size,
// an axis title on each and at least one mark (line, bar or point). Optionally saves a full-page screenshot.
//
//   node src/KeeperSuite.Simulator/render-check.js simulation-report/report.html [docs/simulate-report.png]
//
// Prints one JSON line ({ charts, marks, title }) and exits 1 with the reason when a check fails.
const path = require("path");
const { chromium } = require("playwright-core");

async function main() {
  const [page_, screenshot] = process.argv.slice(2);
  if (!page_) throw new Error("usage: render-check.js <report.html> [screenshot.png]");
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("file://" + path.resolve(page_));
    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return {
          label: s.getAttribute("aria-label") || "loss bar",
          width: box.width,
          height: box.height,
          texts: s.querySelectorAll("text").length,
          marks: s.querySelectorAll("path, rect, circle").length,
        };
      })
    );
    const problems = [...errors];
    if (charts.length === 0) problems.push("no chart on the page");
    for (const c of charts) {
      if (c.width < 100 || c.height < 40) problems.push(`chart "${c.label}" has no size (${c.width}x${c.height})`);
      if (c.texts < 2) problems.push(`chart "${c.label}" has no axis titles or labels`);
      if (c.marks < 1) problems.push(`chart "${c.label}" draws nothing`);
    }
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    console.log(JSON.stringify({ title: await page.title(), charts: charts.length, marks: charts.reduce((a, c) => a + c.marks, 0), problems }));
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
