// Minifies the viewer's JS glue (wasm-bindgen's output, which Trunk's minifier cannot
// parse) with terser, and updates its `integrity` in index.html to match. Then moves the
// loader Trunk writes inline (`<script type=module>import init …`) into a hashed file of
// its own, so that the page has no inline script and a strict Content-Security-Policy
// (`script-src 'self'`) needs no 'unsafe-inline' (Trunk has no option for it:
// trunk-rs/trunk#288). Over a prerendered page the loader starts the app only after the
// page has painted, and the page does not preload the JS and wasm: the reader's first
// bytes go to what they read.
// Usage: node minify.js DIR   (a Trunk dist directory). `cargo xtask dist` runs it.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { minify } = require('terser');

async function main() {
  const dir = process.argv[2];
  const html = path.join(dir, 'index.html');
  let page = fs.readFileSync(html, 'utf8');
  const glue = fs.readdirSync(dir).filter((f) => /^banmian-viewer-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`${dir}: expected one banmian-viewer-*.js, found ${glue.length}`);
  const file = path.join(dir, glue[0]);
  const source = fs.readFileSync(file, 'utf8');
  const out = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`${file}: terser produced nothing`);
  fs.writeFileSync(file, out.code);
  const digest = `sha384-${crypto.createHash('sha384').update(out.code).digest('base64')}`;
  const link = new RegExp(`(href=["']?[^ >]*${glue[0].replace('.', '\\.')}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`, 'g');
  const updated = page.replace(link, `$1${digest}`);
  if (updated === page && page.includes('integrity')) throw new Error(`${html}: no integrity for ${glue[0]} to update`);
  fs.writeFileSync(html, externalizeLoader(dir, updated, glue[0]));
  console.log(`minified ${glue[0]}: ${source.length} -> ${out.code.length} bytes`);
}

/// Writes the inline module script of `page` to `init-<hash>.js` beside the glue and
/// returns the page loading it from there instead.
function externalizeLoader(dir, page, glue) {
  const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/;
  const found = page.match(inline);
  if (!found) throw new Error(`${dir}/index.html: no inline loader script`);
  const code = found[1];
  // The glue is imported by its address under the base (`/epaper/banmian-viewer-….js`).
  const at = code.match(new RegExp(`['"]([^'"]*)${glue.replace('.', '\\.')}['"]`));
  if (!at) throw new Error(`${dir}/index.html: the loader does not import ${glue}`);
  // In its own file, the loader names the glue and the wasm relative to itself, so the
  // same file serves a build moved to another base path.
  const relative = code
    .split(`'${at[1]}`).join(`'./`)
    .replace(/module_or_path: ('\.\/[^']+')/, 'module_or_path: new URL($1, import.meta.url)');
  if (!relative.includes('import.meta.url')) throw new Error(`${dir}/index.html: the loader names no wasm`);
  const deferred = deferStart(dir, relative);
  const name = `init-${crypto.createHash('sha256').update(deferred).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), deferred);
  const preloads = /<link\b[^>]*\brel=["']?(modulepreload|preload)["']?[^>]*>/g;
  const plain = page.replace(preloads, (link) => (/\.(js|wasm)\b/.test(link) ? '' : link));
  return plain.replace(inline, () => `<script type=module src="${at[1]}${name}"></script>`);
}

/// Trunk's loader (`import init, * as bindings from './glue.js'; … await init(…)`) as a
/// function that runs at once on the app's shell, and after the first paint over a
/// prerendered page.
function deferStart(dir, code) {
  const head = /^\s*import init, \* as bindings from ('[^']+');/;
  if (!head.test(code)) throw new Error(`${dir}/index.html: the loader does not start with Trunk's import`);
  const body = code.replace(head, 'const bindings = await import($1);\nconst init = bindings.default;');
  return `const start = async () => {\n${body}\n};
// A prerendered page is there to read at once; the app follows once the page has loaded
// and its first contentful paint is on screen (or two frames later, where the browser
// does not report paints).
const painted = new Promise((done) => {
  if (!self.PerformanceObserver || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
    requestAnimationFrame(() => requestAnimationFrame(done));
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      done();
    }
  }).observe({ type: 'paint', buffered: true });
});
const loaded = new Promise((done) => {
  if (document.readyState === 'complete') done();
  else addEventListener('load', done, { once: true });
});
if (!document.querySelector('.banmian[data-prerendered]')) {
  start();
} else {
  Promise.all([painted, loaded]).then(() => setTimeout(start, 0));
}
`;
}

main().catch((e) => {
  console.error(`minify: ${e.message}`);
  process.exit(1);
});
