// Prints one page's Lighthouse figures over several runs: the scores and timings of the
// median run (Lighthouse's own pick: the run nearest the median FCP and TTI), and each
// timing's median with its range over all runs.
// Usage: node bench/lighthouse-summary.mjs REPORT.json...
import { readFileSync } from 'node:fs';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const paths = process.argv.slice(2);
const reports = paths.map((path) => JSON.parse(readFileSync(path, 'utf8')));
for (const [i, report] of reports.entries()) {
  if (report.runtimeError) {
    console.error(`lighthouse: ${paths[i]}: ${report.runtimeError.message}`);
    process.exit(1);
  }
}

const median = computeMedianRun(reports);
const scores = Object.values(median.categories).map((c) => `${c.id} ${Math.round(c.score * 100)}`).join(', ');
console.log(`lighthouse (${median.configSettings.formFactor}) ${median.finalDisplayedUrl}: ${scores}`);
console.log(`  median run: ${paths[reports.indexOf(median)]}`);

const ms = (report, id) => Math.round(report.audits[id].numericValue);
const spread = (id) => {
  const all = reports.map((r) => ms(r, id)).sort((a, b) => a - b);
  const mid = all.length >> 1;
  const value = all.length % 2 ? all[mid] : Math.round((all[mid - 1] + all[mid]) / 2);
  return `${value} ms (${all[0]}–${all[all.length - 1]})`;
};
console.log(`  over ${reports.length} runs, median (range): LCP ${spread('largest-contentful-paint')}, FCP ${spread('first-contentful-paint')}, TBT ${spread('total-blocking-time')}`);
console.log(`  CLS ${median.audits['cumulative-layout-shift'].numericValue.toFixed(3)} (median run)`);
for (const c of Object.values(median.categories)) {
  for (const ref of c.auditRefs) {
    const audit = median.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) console.log(`  ${c.id}: ${audit.id} ${audit.score} ${audit.displayValue || ''}`);
  }
}
