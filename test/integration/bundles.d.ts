// The modules scripts/framework-bundles.mjs serves to the integration tests, typed from the
// packages they bundle.
declare module 'bundle:react' {
  export * as React from 'react';
  export { createRoot, hydrateRoot } from 'react-dom/client';
  export { renderToString } from 'react-dom/server';
  export { flushSync } from 'react-dom';
}

declare module 'bundle:vue' {
  export * from 'vue';
}

declare module 'bundle:angular' {
  export {
    ApplicationRef,
    Component,
    CUSTOM_ELEMENTS_SCHEMA,
    provideZonelessChangeDetection,
    signal,
  } from '@angular/core';
  export { bootstrapApplication } from '@angular/platform-browser';
}
