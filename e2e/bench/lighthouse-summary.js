// Prints the scores and the main timings of a Lighthouse JSON report.
// Usage: node bench/lighthouse-summary.js REPORT.json
const report = require(require('node:path').resolve(process.argv[2]));
if (report.runtimeError) {
  console.error('lighthouse:', report.runtimeError.message);
  process.exit(1);
}
const scores = Object.values(report.categories).map((c) => `${c.id} ${Math.round(c.score * 100)}`).join(', ');
const a = report.audits;
const ms = (id) => `${Math.round(a[id].numericValue)} ms`;
console.log(`lighthouse (${report.configSettings.formFactor}) ${report.finalDisplayedUrl}: ${scores}`);
console.log(`  LCP ${ms('largest-contentful-paint')}, FCP ${ms('first-contentful-paint')}, TBT ${ms('total-blocking-time')}, CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`);
for (const c of Object.values(report.categories)) {
  for (const ref of c.auditRefs) {
    const audit = a[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) console.log(`  ${c.id}: ${audit.id} ${audit.score} ${audit.displayValue || ''}`);
  }
}
