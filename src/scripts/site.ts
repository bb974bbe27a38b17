/**
 * The one script every page carries, kept to a few hundred bytes because reading pages are
 * meant to stay almost script-free. It registers the service worker that keeps the site
 * usable offline (issue 9), says when the connection drops while a page is open, and loads
 * presenter mode only when the address asks for it.
 */
import presenterUrl from './presenter.ts?worker&url';

const notice = document.getElementById('offline-notice');

if ('serviceWorker' in navigator && !import.meta.env.DEV) {
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Without a service worker the site still works online; nothing to tell the reader.
  });
}

/** Pages served from the offline copy already carry the service worker's dated notice. */
function showConnection(): void {
  if (!notice || notice.dataset.offlineFrom) return;
  notice.textContent = navigator.onLine ? '' : 'You are offline. Pages you open now come from the copy saved on this device.';
}
// Search words stay in the browser: the header and home search forms would send them to the
// server as ?q=; with scripts on they go to /search/#q= instead, and a # part is never sent.
addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.hasAttribute('data-search-form')) return;
  event.preventDefault();
  location.assign(`/search/#q=${encodeURIComponent(String(new FormData(form).get('q') ?? ''))}`);
});
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
if (new URLSearchParams(location.search).has('present')) {
  // Added as a script element rather than import(): the bundler wraps import() in a preload
  // helper, which would be a second script on every page. The presenter is built as its own
  // standalone module (Vite's worker bundling gives it a URL).
  const presenter = document.createElement('script');
  presenter.type = 'module';
  presenter.src = presenterUrl;
  document.head.append(presenter);
}
