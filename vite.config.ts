import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

// Library build: three ES entry points (and two empty ones for the type-only subpaths); the
// peer runtime (lit, @lit/context, i18next) stays external so an app never ships two copies of
// Lit. Types come from `tsc -p tsconfig.build.json`.
const external = [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/];

export default defineConfig({
  plugins: [minifyCssLiterals()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core.ts',
        elements: 'src/elements.ts',
        // Types only, but `import {} from 'faultline/vue'` (without `type`) must still build:
        // each is an empty module.
        react: 'src/react.ts',
        vue: 'src/vue.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
