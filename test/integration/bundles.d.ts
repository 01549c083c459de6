// The modules scripts/framework-bundles.mjs serves to the integration tests, typed from the
// packages they bundle.
declare module 'bundle:react' {
  export * as React from 'react';
  export { createRoot } from 'react-dom/client';
  export { flushSync } from 'react-dom';
}

declare module 'bundle:vue' {
  export * from 'vue';
}
