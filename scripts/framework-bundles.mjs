// A @web/test-runner plugin that serves React, Vue and Angular to the integration tests
// (test/integration/), each as one ES module bundled by esbuild on first request. React ships as
// CommonJS, Vue's bundler build reads `process.env` and its feature flags, and Angular's packages
// import each other and rxjs by bare name, so none loads as it is; one bundle per framework also
// keeps react-dom and the tests on the same React.
import { build } from 'esbuild';

/**
 * Specifier → the module it serves (at /__bundles/<name>.js). Types for each live in
 * test/integration/bundles.d.ts.
 */
const ENTRIES = {
  'bundle:react': `
    export * as React from 'react';
    export { createRoot, hydrateRoot } from 'react-dom/client';
    export { renderToString } from 'react-dom/server.browser';
    export { flushSync } from 'react-dom';`,
  // The full build, with the template compiler: the tests compile templates as an app's would.
  'bundle:vue': `export * from 'vue/dist/vue.esm-bundler.js';`,
  // JIT: the compiler first, so components declared in a test compile their templates at run
  // time (an app compiles ahead of time; the template syntax and bindings are the same).
  'bundle:angular': `
    import '@angular/compiler';
    export {
      ApplicationRef, Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal,
    } from '@angular/core';
    export { bootstrapApplication } from '@angular/platform-browser';`,
};

export function frameworkBundles() {
  const built = new Map();
  return {
    name: 'framework-bundles',
    resolveImport({ source }) {
      return source in ENTRIES ? `/__bundles/${source.slice('bundle:'.length)}.js` : undefined;
    },
    async serve(context) {
      const name = /^\/__bundles\/(\w+)\.js$/.exec(context.path)?.[1];
      const contents = name && ENTRIES[`bundle:${name}`];
      if (!contents) return undefined;
      if (!built.has(context.path)) {
        built.set(
          context.path,
          build({
            stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
            bundle: true,
            format: 'esm',
            target: 'es2022',
            write: false,
            logLevel: 'silent',
            define: {
              'process.env.NODE_ENV': '"development"',
              __VUE_OPTIONS_API__: 'true',
              __VUE_PROD_DEVTOOLS__: 'false',
              __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
            },
          }).then((r) => r.outputFiles[0].text),
        );
      }
      return { body: await built.get(context.path), type: 'js' };
    },
  };
}
