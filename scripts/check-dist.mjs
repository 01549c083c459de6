#!/usr/bin/env node
// Run by `npm run build` after vite and tsc: checks what the package promises about its build
// output, which the browser tests (they run the sources) cannot see.
// - `faultline/core` runs in Node, with no DOM and no Lit;
// - lit, @lit/context and i18next stay external: imported by name, never bundled;
// - every entry point has its JavaScript and its type declarations;
// - the editor data for VS Code ships and covers every tag.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const problems = [];
const check = (ok, message) => ok || problems.push(message);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object') continue;
  for (const file of Object.values(target))
    check(existsSync(join(root, file)), `${entry}: ${file} is missing`);
}

// Node has no document, no customElements and no HTMLElement: importing core must not need them.
check(typeof document === 'undefined' && typeof HTMLElement === 'undefined', 'not plain Node');
const core = await import(pathToFileURL(join(root, 'dist/core.js')).href);
const error = core.normalizeError(
  { code: 409, title: 'Conflict', message: 'Order 17 changed', key: 'conflict', public: true },
  { status: 409, method: 'PUT', endpoint: '/api/orders/17' },
);
check(error.kind === 'conflict' && error.public === true, `core in Node: normalized ${error.kind}`);
const advice = core.adviseRetry(error);
check(advice.action === 'reload', `core in Node: advice ${advice.action} for a 409`);
const ticket = core.buildTicket(error, { user: 'kari@example.com', ids: { orderId: '17' } });
const text = core.formatTicket(ticket, 'text');
check(text.includes('orderId: 17') && text.includes('Order 17 changed'), 'core in Node: ticket');

// The editor data (scripts/editor-data.mjs) ships in the package and names every tag of the manifest.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tagNames = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);
for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
  check(pkg.files.includes(file), `package.json "files" leaves out ${file}`);
  check(existsSync(join(root, file)), `${file} is missing (npm run analyze writes it)`);
}
const htmlData = JSON.parse(readFileSync(join(root, 'vscode.html-custom-data.json'), 'utf8'));
check(
  JSON.stringify(htmlData.tags.map((t) => t.name)) === JSON.stringify(tagNames),
  `editor data names ${htmlData.tags.map((t) => t.name)}, the manifest ${tagNames}`,
);
const variant = htmlData.tags
  .find((t) => t.name === 'error-banner')
  ?.attributes.find((a) => a.name === 'variant');
check(variant?.values?.length === 3, 'editor data: <error-banner variant> has no values');

// External means imported by name; a bundled copy would carry Lit's own globals.
const js = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js')) js.push(path);
  }
};
walk(join(root, 'dist'));
const all = js.map((f) => readFileSync(f, 'utf8')).join('\n');
check(/from\s*["']lit["']/.test(all), 'dist does not import "lit" by name');
check(/from\s*["']@lit\/context["']/.test(all), 'dist does not import "@lit/context" by name');
check(/from\s*["']i18next["']/.test(all), 'dist does not import "i18next" by name');
check(!/litHtmlVersions|reactiveElementVersions/.test(all), 'dist bundles a copy of Lit');
check(!/backendConnector/.test(all), 'dist bundles a copy of i18next');

if (problems.length) {
  console.error(`dist check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `dist check: ${js.length} files; core runs in Node; lit, @lit/context, i18next external.`,
);
