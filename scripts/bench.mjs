#!/usr/bin/env node
// `npm run bench`: the figures behind the budgets — sizes, normalizeError throughput, and the
// render cost of <error-banner> against minimal LitElements in Debian's Chromium. Prints one
// table and writes it to bench-results.json. A benchmark, not a test: it never fails on speed,
// only on a missing build or browser.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, measureSizes } from './size.mjs';
import { QUIET_CHROMIUM_ARGS } from './chromium-args.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const tmp = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
const results = {
  date: new Date().toISOString(),
  node: process.version,
  sizes: [],
  throughput: null,
  render: null,
};

// 1. Sizes -----------------------------------------------------------------------------------
if (!existsSync('dist/index.js') || process.argv.includes('--build')) {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
}
results.sizes = await measureSizes(['dist/core.js', 'dist/elements.js', 'dist/index.js']);
for (const locale of ['en', 'nb', 'de', 'fr', 'ar']) {
  const file = `src/i18n/locales/${locale}.ts`;
  if (!existsSync(file)) continue;
  const out = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  results.sizes.push({
    file: `catalog ${locale}`,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
  });
}

// 2. normalizeError throughput over the seed corpus, beside JSON.parse of the same payloads ----
async function loadFixtures() {
  const outfile = join(tmp, 'fixtures.mjs');
  await build({
    entryPoints: ['test/fixtures/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  const mod = await import(pathToFileURL(outfile).href);
  return mod.allFixtures ?? [];
}
function rate(fn, inputs, minMs = 1000) {
  for (let i = 0; i < 200; i++) fn(inputs[i % inputs.length]); // warm up the JIT
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (const x of inputs) fn(x);
    n += inputs.length;
    now = performance.now();
  }
  return Math.round((n * 1000) / (now - start));
}
if (existsSync('test/fixtures/index.ts')) {
  const { normalizeError } = await import(pathToFileURL(join(root, 'dist/core.js')).href);
  const fixtures = await loadFixtures();
  const inputs = fixtures.map((f) => ({
    raw: typeof f.input === 'string' ? f.input : JSON.stringify(f.input ?? null),
    init: f.init,
  }));
  const normalizePerSec = rate((x) => normalizeError(x.raw, x.init), inputs);
  const parsePerSec = rate((x) => {
    try {
      return JSON.parse(x.raw);
    } catch {
      return undefined;
    }
  }, inputs);
  results.throughput = {
    payloads: inputs.length,
    normalizePerSec,
    jsonParsePerSec: parsePerSec,
    ratio: +(parsePerSec / normalizePerSec).toFixed(2),
  };
}

// 3. Render cost in Chromium --------------------------------------------------------------------
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(chromePath) && existsSync('src/elements/error-banner/error-banner.ts')) {
  const bundle = join(tmp, 'page.js');
  await build({
    entryPoints: ['scripts/bench-page.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: bundle,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = readFileSync(bundle, 'utf8');
  const puppeteer = await import('puppeteer-core');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const browser = await puppeteer.launch({
      executablePath: chromePath,
      headless: true,
      args: [...QUIET_CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html lang="en"><body></body></html>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction('window.__bench !== undefined', { timeout: 30000 });
      runs.push(await page.evaluate('window.__bench.run(1000)'));
      // A fresh page for the copies: nothing of theirs can change the banner's figures.
      const copies = await browser.newPage();
      await copies.setContent('<!doctype html><html lang="en"><body></body></html>');
      await copies.addScriptTag({ content: code, type: 'module' });
      await copies.waitForFunction('window.__bench !== undefined', { timeout: 30000 });
      runs.at(-1).copyPairs = await copies.evaluate('window.__bench.runCopies(1000)');
    } finally {
      await browser.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Each page's ratio is the median of its paired rounds; the bench reports the median page.
  const pageRatios = runs.map((r) => median(r.pairs.map((p) => p.bannerMs / p.baselineMs)));
  const banner = median(runs.map((r) => median(r.pairs.map((p) => p.bannerMs))));
  const baseline = median(runs.map((r) => median(r.pairs.map((p) => p.baselineMs))));
  const copy = median(runs.map((r) => median(r.copyPairs.map((p) => p.copyMs))));
  const copyRatio = median(
    runs.map((r) => median(r.copyPairs.map((p) => p.copyMs / p.baselineMs))),
  );
  results.render = {
    count: 1000,
    pages: runs.length,
    roundsPerPage: runs[0].pairs.length,
    bannerMs: +banner.toFixed(1),
    baselineMs: +baseline.toFixed(1),
    copyMs: +copy.toFixed(1),
    copyRatio: +copyRatio.toFixed(2),
    ratio: +median(pageRatios).toFixed(2),
    pageRatios: pageRatios.map((r) => +r.toFixed(2)),
    budgetRatio: 2,
    heapRetainedKB: Math.round(median(runs.map((r) => r.heapRetainedBytes)) / 1024),
    heapPerBannerBytes: Math.round(median(runs.map((r) => r.heapRetainedBytes)) / 1000),
  };
}

// Report ------------------------------------------------------------------------------------------
const kB = (b) => `${(b / 1024).toFixed(2)} kB`;
console.log('\nfaultline bench\n');
console.log('| measure | value | budget |');
console.log('|---|---|---|');
for (const s of results.sizes) {
  const budget = BUDGETS[s.file];
  console.log(
    `| ${s.file} min+gzip | ${kB(s.gzip)} (${kB(s.min)} min) | ${budget ? `≤ ${kB(budget)} ${s.gzip <= budget ? 'ok' : 'OVER'}` : ''} |`,
  );
}
if (results.throughput) {
  const t = results.throughput;
  console.log(
    `| normalizeError, ${t.payloads} seed payloads | ${t.normalizePerSec.toLocaleString('en')} /s | |`,
  );
  console.log(
    `| JSON.parse, same payloads | ${t.jsonParsePerSec.toLocaleString('en')} /s | (reference, ${t.ratio}× faster) |`,
  );
}
if (results.render) {
  const r = results.render;
  const range = `${Math.min(...r.pageRatios)}–${Math.max(...r.pageRatios)}`;
  console.log(
    `| 1000 <error-banner> (401), median round of ${r.pages} pages × ${r.roundsPerPage} | ${r.bannerMs} ms | |`,
  );
  console.log(`| 1000 minimal LitElements, same two lines, median round | ${r.baselineMs} ms | |`);
  // Not the quotient of the two lines above: each ratio pairs rounds run side by side.
  console.log(
    `| ratio: median page of each page's median paired round (pages ${range}) | ${r.ratio}× | ≤ ${r.budgetRatio}× ${r.ratio <= r.budgetRatio ? 'ok' : 'OVER'} |`,
  );
  console.log(
    `| floor: 1000 copies of a rendered banner's DOM with its styles, no logic | ${r.copyMs} ms | ${r.copyRatio}× the minimal elements |`,
  );
  console.log(
    `| JS heap retained after GC, 1000 banners | ${r.heapRetainedKB} kB (${r.heapPerBannerBytes} B each) | |`,
  );
} else {
  console.log('| render cost | skipped (no Chromium at CHROME_PATH or no <error-banner>) | |');
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench-results.json');
