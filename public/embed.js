// banmian: the e-paper inside another site's page. A web editor pastes
//   <div id="epaper"></div><script type="module" src="/epaper/embed.js" data-target="#epaper"></script>
// (`/epaper/` being where the viewer is deployed). The viewer renders in the element's
// shadow root, so its styles and the host's stay apart; its routes live in the address's
// fragment (#/2026-04-03/4), so the host page's path never changes. Optional attributes on
// the script: data-lang="en" (English UI), data-chrome="none" (no site bar and footer).
// `cargo xtask dist` fills in this build's file names.
const site = new URL('.', import.meta.url).href;
const scripts = [...document.querySelectorAll('script[data-target]')];
const me = scripts.find((s) => s.src === import.meta.url) || scripts.find((s) => s.src.includes('embed.js'));
const selector = (me && me.dataset.target) || '#epaper';
const host = document.querySelector(selector);
if (!host) {
  console.error(`banmian embed: no element matches ${selector}`);
} else {
  const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = site + '__CSS__';
  const boot = document.createElement('p');
  boot.className = 'status';
  boot.setAttribute('role', 'status');
  boot.textContent = '正在载入电子报……';
  const root = document.createElement('div');
  shadow.replaceChildren(css, boot, root);
  window.banmianEmbed = {
    root,
    site,
    chrome: !(me && me.dataset.chrome === 'none'),
    lang: (me && me.dataset.lang) || undefined,
  };
  await new Promise((done) => { css.onload = css.onerror = done; });
  try {
    const { default: init } = await import(site + '__JS__');
    await init({ module_or_path: site + '__WASM__' });
    boot.remove();
  } catch (e) {
    boot.textContent = `电子报无法载入（${e}）。请直接访问 ${site}`;
  }
}
