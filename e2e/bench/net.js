// What a benchmark's page fetches, read from Chromium's network events (CDP): each
// response's bytes as the network saw them (encodedDataLength), and when the network has
// been idle. `bench scale` counts with it; `bench search` waits for idle with it.
const QUIET_MS = 500;

/** The folder a response is counted in: `data/search`, `data/issues`, `data` or `app`. */
function folder(url) {
  const m = /^\/(data\/[^/]+\/|data\/)/.exec(new URL(url).pathname);
  return m ? m[1].replace(/\/$/, '') : 'app';
}

/** Counts what the page fetches, and knows when the network has been idle for QUIET_MS. */
async function watch(context, page) {
  const cdp = await context.newCDPSession(page);
  const net = { bytes: 0, requests: 0, folders: {}, inflight: new Map(), last: Date.now() };
  cdp.on('Network.requestWillBeSent', (e) => { net.inflight.set(e.requestId, e.request.url); net.last = Date.now(); });
  cdp.on('Network.loadingFinished', (e) => {
    const url = net.inflight.get(e.requestId);
    net.inflight.delete(e.requestId);
    if (process.env.BENCH_DETAIL && net.counting) console.error(`  ${e.encodedDataLength}\t${url}`);
    net.bytes += e.encodedDataLength;
    net.requests += 1;
    if (url) {
      const f = folder(url);
      net.folders[f] = (net.folders[f] || 0) + e.encodedDataLength;
    }
    net.last = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => { net.inflight.delete(e.requestId); net.last = Date.now(); });
  await cdp.send('Network.enable');
  net.reset = () => { net.bytes = 0; net.requests = 0; net.folders = {}; net.counting = true; };
  net.idle = async () => {
    const t0 = Date.now();
    while (net.inflight.size > 0 || Date.now() - net.last < QUIET_MS) {
      if (Date.now() - t0 > 60000) throw new Error(`network not idle after 60 s: ${[...net.inflight.values()].join(' ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return net;
}

module.exports = { watch };
