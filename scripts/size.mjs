#!/usr/bin/env node
// Min+gzip sizes of the built entry points (lit, @lit/context and i18next external, locales that
// load on demand excluded) against the budgets. `--check` exits non-zero over budget: the build
// runs it, so a change that blows the budget does not build.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const BUDGETS = {
  'dist/core.js': 5 * 1024,
  'dist/index.js': 15 * 1024,
};

const external = ['lit', 'lit/*', '@lit/*', 'i18next'];

/** Keeps `import()`ed chunks (the other locales) out of the measured closure. */
const lazyChunksExternal = {
  name: 'lazy-chunks-external',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** min+gzip bytes of one entry and everything it imports statically. */
export async function minGzip(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    plugins: [lazyChunksExternal],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureSizes(entries) {
  const rows = [];
  for (const entry of entries) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
    const { min, gzip } = await minGzip(entry);
    rows.push({ file: entry, min, gzip, budget: BUDGETS[entry] });
  }
  return rows;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const rows = await measureSizes(['dist/core.js', 'dist/elements.js', 'dist/index.js']);
  let over = false;
  for (const r of rows) {
    const verdict = r.budget ? (r.gzip <= r.budget ? `≤ ${(r.budget / 1024).toFixed(0)} kB ok` : `OVER ${(r.budget / 1024).toFixed(0)} kB budget`) : '';
    over ||= Boolean(r.budget && r.gzip > r.budget);
    console.log(`${r.file.padEnd(18)} ${String(r.min).padStart(7)} B min  ${String(r.gzip).padStart(6)} B min+gzip  ${verdict}`);
  }
  if (process.argv.includes('--check') && over) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}
