// Runs before goalkit in test pages: records every error the page raises.
window.pageErrors = [];
addEventListener('error', (event) => window.pageErrors.push(String(event.message || event.error)));
addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.pageErrors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
);
