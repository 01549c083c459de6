// A @web/test-runner middleware that serves the kit the way a page with no bundler gets it
// (test/installed/): the page at /installed/ has an import map, `faultline` resolves to the
// package's own build (vite, run once on first request, into a temporary folder) and lit,
// @lit/context and i18next to node_modules. Files go out as a static server sends them, before
// the test runner's import rewriting, so the browser resolves every bare name itself.
import { rmSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

const PREFIX = '/installed/';
const PACKAGE = 'node_modules/faultline/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Builds the package as `npm run build` does (the same vite config) into a folder of its own. */
async function buildPackage(root) {
  const { build } = await import('vite');
  const dir = await mkdtemp(join(tmpdir(), 'faultline-installed-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    // The repository's dist/ is left alone: the page must get the sources as they are now.
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return dir;
}

/** The file behind a path under /installed/, or undefined when there is none to serve. */
async function fileFor(rel, root, built) {
  if (rel.startsWith(PACKAGE)) {
    const inPackage = rel.slice(PACKAGE.length);
    // From the install, a page loads only package.json and the build; nothing else is served.
    if (inPackage === 'package.json') return join(root, 'package.json');
    if (inPackage.startsWith('dist/')) return within(await built(), inPackage);
    return undefined;
  }
  if (rel.startsWith('node_modules/')) return within(root, rel);
  return within(join(root, 'test/installed'), rel || 'index.html');
}

/** `base/rel`, or undefined when `rel` climbs out of `base`. */
function within(base, rel) {
  const file = resolve(base, rel);
  return file.startsWith(resolve(base) + sep) ? file : undefined;
}

export function installedKit({ root = process.cwd() } = {}) {
  let building;
  const built = () => (building ??= buildPackage(root));
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    let file;
    try {
      file = await fileFor(ctx.path.slice(PREFIX.length), root, built);
    } catch (error) {
      // A build that fails says why in the runner's log; the page then never gets ready.
      console.error(`installed-kit: the package did not build:\n${error?.stack ?? error}`);
      ctx.status = 500;
      ctx.body = 'The package did not build: see the test runner log.';
      return;
    }
    try {
      ctx.body = file ? await readFile(file) : undefined;
    } catch {
      ctx.body = undefined;
    }
    if (ctx.body === undefined) {
      ctx.status = 404;
      ctx.body = `Not in the installed package: ${ctx.path}`;
      return;
    }
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  };
}
