// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each FILE given, for
// static hosts that serve precompressed files (nginx brotli_static/gzip_static, Caddy).
// `cargo xtask dist` runs it on the viewer's immutable, content-hashed assets only.
const fs = require('node:fs');
const zlib = require('node:zlib');

for (const file of process.argv.slice(2)) {
  const body = fs.readFileSync(file);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
}
