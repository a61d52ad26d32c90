// Every browser test fails on a request to any origin but the page's own, on an uncaught page error,
// and on a Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      // Violation events as well as console lines: a caught violation (an eval probe) logs nothing.
      await page.exposeFunction('__reportCspViolation', (what: string) => {
        errors.push(`CSP violation: ${what}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (what: string) => void })
            .__reportCspViolation;
          report?.(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(msg.text()))
          errors.push(msg.text());
      });
      await use(undefined);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
