// Minifies the viewer's JS glue (wasm-bindgen's output, which Trunk's minifier cannot
// parse) with terser, and updates its `integrity` in index.html to match.
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
  fs.writeFileSync(html, updated);
  console.log(`minified ${glue[0]}: ${source.length} -> ${out.code.length} bytes`);
}

main().catch((e) => {
  console.error(`minify: ${e.message}`);
  process.exit(1);
});
