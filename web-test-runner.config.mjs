// @web/test-runner: unit and element tests in real browsers (Chromium, Firefox, WebKit).
// scripts/test.mjs decides which engines are installed and passes them in FAULTLINE_BROWSERS;
// it also starts WebKitWebDriver (under Xvfb) and hands its port in FAULTLINE_WEBKIT_PORT.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { QUIET_CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { frameworkBundles } from './scripts/framework-bundles.mjs';
import { installedKit } from './scripts/installed-kit.mjs';
import './scripts/runner-diagnostics.mjs';
import { defaultReporter } from '@web/test-runner';

const engines = (process.env.FAULTLINE_BROWSERS ?? 'chromium').split(',').filter(Boolean);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitPort = Number(process.env.FAULTLINE_WEBKIT_PORT ?? 4444);

const quietChromiumArgs = [...QUIET_CHROMIUM_ARGS, '--headless=new', '--disable-dev-shm-usage'];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: quietChromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  webkit: () =>
    webkitLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkitPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary:
            process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};

// The strict policy the kit must work under (test/hardening/csp.test.ts): no inline script or
// style, Lit's trusted-types policy for its templates, adopted stylesheets for its styles.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  "object-src 'none'; base-uri 'none'";

/**
 * `executeServerCommand('forced-colors', true | false)`: emulates Windows High Contrast in
 * Chromium through CDP (puppeteer's own emulateMediaFeatures refuses `forced-colors`). Resolves
 * false where the engine cannot emulate it (Firefox over BiDi, WebKit), so a test can say so.
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    try {
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
      return true;
    } catch {
      return false;
    }
  },
};

const coverage = engines.includes('chromium') && process.env.FAULTLINE_COVERAGE !== '0';

export default {
  files: process.env.FAULTLINE_FILES
    ? process.env.FAULTLINE_FILES.split(',')
    : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [
    // First: the no-bundler page's files go out untouched, with no import rewritten.
    installedKit(),
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/test/hardening/csp/'))
        ctx.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin,
    frameworkBundles(),
  ],
  browsers: engines.map((e) => launchers[e]()),
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/node_modules/**', 'test/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['lcovonly', 'json-summary', 'text-summary'],
  },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    countingReporter(),
  ],
  filterBrowserLogs: ({ args }) =>
    // Lit announces dev mode once per page and Angular once per app (the Angular tests run its
    // development build for its stricter checks); both are expected and say nothing new.
    !args.some(
      (a) =>
        typeof a === 'string' &&
        (a.includes('Lit is in dev mode') || a.includes('Angular is running in development mode')),
    ),
};
