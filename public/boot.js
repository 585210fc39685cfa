// The viewer's boot script, loaded before the first paint (a file, not inline, so a
// strict Content-Security-Policy needs no 'unsafe-inline'; Trunk hashes it).
// The reader's theme before the first paint (the app keeps it in step after).
// The text size too, for a prerendered page (the app's root carries its own); and that
// scripts run, so the stylesheet shows the controls that need them.
document.documentElement.dataset.js = "";
try {
  const theme = localStorage.getItem("banmian.theme");
  if (theme) document.documentElement.dataset.theme = theme;
  const font = localStorage.getItem("banmian.font");
  if (font) document.documentElement.dataset.font = font;
} catch (e) { /* no storage: follow the system */ }
// Offline reading: register the service worker, and tell the app when a new
// version is waiting (it shows "有新版本，点击刷新").
if ("serviceWorker" in navigator) {
  const waiting = (worker) => {
    window.banmianWaiting = worker;
    window.dispatchEvent(new Event("banmian-update"));
  };
  navigator.serviceWorker.register("sw.js").then((reg) => {
    if (!reg) return; // blocked (some private modes): the app works online only
    if (reg.waiting && navigator.serviceWorker.controller) waiting(reg.waiting);
    reg.addEventListener("updatefound", () => {
      const worker = reg.installing;
      worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) waiting(worker);
      });
    });
  }, () => { /* no service worker here: the app works online only */ });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (window.banmianUpdating) location.reload();
  });
}
