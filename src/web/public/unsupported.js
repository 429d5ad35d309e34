/*
 * Says "This browser is too old" only where the portal cannot run; every other browser shows "Loading…" until the
 * app starts. A classic script from the portal's own origin, as the Content-Security-Policy (script-src 'self', no
 * inline script) allows, written for the oldest browsers: it must run where the app cannot.
 *
 * Two signs, neither a timer (a slow phone on a weak signal is not an old browser):
 * - the browser lacks what the build's JavaScript needs (module scripts, and Array.prototype.findLast and
 *   structuredClone, which came with the oldest browsers Vite's default target supports: Chrome 107, Firefox 104,
 *   Safari 16);
 * - the app's module does not parse here (a SyntaxError reported to the window before the app started).
 */
/* global document, window, HTMLScriptElement */
(function () {
  function reveal() {
    var message = document.getElementById('unsupported');
    var loading = document.querySelector('.app-loading');
    if (message) message.hidden = false;
    if (loading) loading.parentNode.removeChild(loading);
  }
  var supported =
    'noModule' in HTMLScriptElement.prototype &&
    typeof Array.prototype.findLast === 'function' &&
    typeof window.structuredClone === 'function';
  if (!supported) {
    reveal();
    return;
  }
  window.addEventListener('error', function (event) {
    if (event.error instanceof SyntaxError && document.querySelector('.app-loading')) reveal();
  });
})();
