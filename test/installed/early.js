/* global window, document */
// A classic script, run before the kit loads: it records every error the page raises, and gives a
// banner the browser does not know yet its error, as an app that loads the kit late would. The
// kit must pick that up when the element upgrades.
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const early = document.getElementById('early');
early.status = 401;
early.error = '';
