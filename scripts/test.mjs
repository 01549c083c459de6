#!/usr/bin/env node
// Runs the browser tests in every engine that is installed, says which ran, enforces the
// coverage thresholds and ends with the `N passed, N failed` line CI reads.
//
//   FAULTLINE_BROWSERS=chromium npm run test:browsers   # one engine while iterating
//   npm run test:browsers -- --files test/core/policy.test.ts
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const ENGINES = {
  chromium: { path: process.env.CHROME_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
  webkit: {
    path: '/usr/bin/WebKitWebDriver',
    apt: 'webkit2gtk-driver xvfb xauth',
    needs: ['xvfb-run'],
  },
};

/** Coverage floors (percent, Chromium only), by folder. */
const THRESHOLDS = [
  { dir: 'src/core/', lines: 95, branches: 95 },
  { dir: 'src/', lines: 95, branches: 90 },
];

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const requested = (process.env.FAULTLINE_BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const engines = [];
for (const name of requested) {
  const engine = ENGINES[name];
  if (!engine) {
    console.error(`Unknown engine "${name}". Use chromium, firefox or webkit.`);
    process.exit(2);
  }
  const missing = !existsSync(engine.path) || (engine.needs ?? []).some((c) => !which(c));
  if (missing) {
    console.warn(
      `! ${name} is not installed: skipped. Install it with: apt-get install -y ${engine.apt}`,
    );
    continue;
  }
  if (name === 'firefox') warnOldFirefox(engine.path);
  engines.push(name);
}

/**
 * Firefox ESR 140, which Debian still serves from stale package lists, lacks WebDriver BiDi
 * commands that puppeteer-core sends on every page: each test file then fails with "unknown
 * command emulation.setScreenOrientationOverride", which does not say what to do.
 */
function warnOldFirefox(path) {
  const TESTED = 153;
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  if (major < TESTED)
    console.warn(
      `! Firefox ${major} is older than the ${TESTED} these tests run in: its files fail with ` +
        '"unknown command". Update it: apt-get update && apt-get install -y firefox-esr',
    );
}
if (engines.length === 0) {
  console.error(
    'No browser engine is installed. Install at least one with:\n' +
      '  apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb xauth',
  );
  process.exit(1);
}
if (process.env.CI && engines.length < requested.length) {
  console.error('CI must run every engine; install the missing ones (see .ci/run).');
  process.exit(1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForWebDriver(port, proc) {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${proc.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

const countsFile = `.wtr-counts-${process.pid}.json`;
const env = {
  ...process.env,
  FAULTLINE_BROWSERS: engines.join(','),
  FAULTLINE_COUNTS_FILE: countsFile,
};
let driver;
if (engines.includes('webkit')) {
  const port = await freePort();
  driver = spawn('xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForWebDriver(port, driver);
  env.FAULTLINE_WEBKIT_PORT = String(port);
}
const stopDriver = () => {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
};
process.on('exit', stopDriver);

console.log(`Running browser tests in: ${engines.join(', ')}`);
rmSync(countsFile, { force: true });
const args = [
  'web-test-runner',
  '--config',
  'web-test-runner.config.mjs',
  ...process.argv.slice(2),
];
const runOnce = () =>
  new Promise((resolve) => {
    const child = spawn('npx', args, { stdio: 'inherit', env });
    child.on('exit', (c, signal) => {
      // A runner that dies without a word (a signal, a crash) must still say so in CI's log.
      if (signal) console.error(`web-test-runner was stopped by ${signal}.`);
      else if (c !== 0 && !existsSync(countsFile))
        console.error(`web-test-runner exited with ${c} before reporting.`);
      resolve({ code: c ?? 1, signal });
    });
  });
const progressFile = `${countsFile}.progress`;
const progress = () =>
  existsSync(progressFile) ? JSON.parse(readFileSync(progressFile, 'utf8')) : null;
rmSync(progressFile, { force: true });
const first = await runOnce();
let code = first.code;
// A run that ends before its summary while every result so far passed is the runner failing,
// not a test: about one CI run in five ended that way, after the last file. In CI, run once
// more, saying so. A run in which a test failed, or that was stopped from outside (Ctrl-C, a CI
// timeout), never gets a second try; nor, at a desk, a mistyped --files path.
const stopped = first.signal === 'SIGINT' || first.signal === 'SIGTERM';
const soFar = progress();
if (process.env.CI && !existsSync(countsFile) && !soFar?.failed && !stopped) {
  console.error(
    `The test runner ended before its summary, after ${soFar?.files ?? 0} files without a failure: ` +
      'running the tests once more.',
  );
  rmSync(progressFile, { force: true });
  ({ code } = await runOnce());
}
rmSync(progressFile, { force: true });
stopDriver();

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  console.log('\nTests per engine:');
  for (const [name, c] of Object.entries(counts)) {
    console.log(
      `  ${name.padEnd(10)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped in ${c.files} files` +
        (c.fileErrors ? ` (${c.fileErrors} files failed outside a test)` : ''),
    );
    passed += c.passed;
    failed += c.failed + c.fileErrors;
    skipped += c.skipped;
  }
  rmSync(countsFile, { force: true });
}

let coverageOk = true;
const summaryFile = 'coverage/coverage-summary.json';
if (
  engines.includes('chromium') &&
  env.FAULTLINE_COVERAGE !== '0' &&
  existsSync(summaryFile) &&
  !process.argv.includes('--files')
) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  console.log('\nCoverage (Chromium):');
  for (const t of THRESHOLDS) {
    const agg = { lines: [0, 0], branches: [0, 0] };
    for (const [file, s] of Object.entries(summary)) {
      if (file === 'total' || (!file.includes(`/${t.dir}`) && !file.startsWith(t.dir))) continue;
      agg.lines[0] += s.lines.covered;
      agg.lines[1] += s.lines.total;
      agg.branches[0] += s.branches.covered;
      agg.branches[1] += s.branches.total;
    }
    const pct = ([c, n]) => (n === 0 ? 100 : (100 * c) / n);
    const lines = pct(agg.lines);
    const branches = pct(agg.branches);
    const ok = lines >= t.lines && branches >= t.branches;
    coverageOk &&= ok;
    console.log(
      `  ${t.dir.padEnd(10)} lines ${lines.toFixed(1)}% (min ${t.lines}), branches ${branches.toFixed(1)}% (min ${t.branches}) ${ok ? 'ok' : 'BELOW THRESHOLD'}`,
    );
  }
}

if (passed + failed === 0) console.error('No test ran.');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code !== 0 || failed > 0 || !coverageOk || passed === 0 ? 1 : 0);
