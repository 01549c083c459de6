/* global window, document */
// Records every Content-Security-Policy violation on this page, for csp.test.ts to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''}`.trim());
});
