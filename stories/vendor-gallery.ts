/**
 * The vendor gallery's view of one fixture: the raw response as the app received it, next to
 * what the kit makes of it (banner, retry button, support checklist) and the normalized error.
 * The fixtures are the tests' own (test/fixtures), so the gallery shows exactly what is tested.
 */
import { html, nothing } from 'lit';
import { normalizeError } from '../src/index.js';
import type { NormalizeInit } from '../src/index.js';
import { fixturesBySource } from '../test/fixtures/index.js';
import type { Fixture } from '../test/fixtures/index.js';
import { DEMO_CONTACT, DEMO_CONTEXT, succeedAfter, uid } from './examples.js';

/** "ormuco/401 unauthorized" → the fixture; ids are `<source>/<name>`. */
export const GALLERY: ReadonlyMap<string, Fixture> = new Map(
  Object.entries(fixturesBySource).flatMap(([source, list]) =>
    list.map((f) => [`${source}/${f.name}`, f] as const),
  ),
);

function headerLines(headers: NormalizeInit['headers']): string[] {
  if (!headers) return [];
  const entries =
    headers instanceof Headers
      ? [...headers.entries()]
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers);
  return entries.map(([k, v]) => `${k}: ${v}`);
}

function bodyText(input: unknown): string {
  if (input instanceof Error || input instanceof DOMException) {
    return `(thrown by fetch, no response)\n${input.name}: ${input.message}`;
  }
  if (typeof input === 'string') return input === '' ? '(empty body)' : input;
  if (input === undefined) return '(nothing)';
  return JSON.stringify(input, null, 2);
}

/** The raw response as text: request line, status, headers, body. */
export function rawText(input: unknown, init: NormalizeInit = {}): string {
  const request = [init.method, init.endpoint].filter(Boolean).join(' ');
  const lines = [
    ...(request ? [`→ ${request}`] : []),
    ...(init.status !== undefined ? [`← HTTP ${init.status}`] : []),
    ...headerLines(init.headers),
  ];
  return [...lines, ...(lines.length ? [''] : []), bodyText(input)].join('\n');
}

const styles = html`<style>
  .gallery {
    display: grid;
    gap: 1rem;
  }
  .gallery h2 {
    margin: 0;
    font-size: 1.125rem;
  }
  .gallery h3 {
    margin: 0 0 0.5rem;
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .gallery .description {
    margin: 0.25rem 0 0;
  }
  .gallery .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    gap: 1.5rem;
    align-items: start;
  }
  .gallery .after {
    display: grid;
    gap: 1rem;
  }
  .gallery pre {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 0.375rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8125rem;
  }
</style>`;

/** The gallery entry of fixture `id` (see GALLERY). */
export function galleryEntry(id: string) {
  const fixture = GALLERY.get(id);
  if (!fixture) return html`<p>No fixture named “${id}”.</p>`;
  const error = normalizeError(fixture.input, fixture.init);
  const title = uid('gallery-title');
  return html`${styles}
    <article class="gallery" aria-labelledby=${title}>
      <header>
        <h2 id=${title}>${fixture.name}</h2>
        <p class="description">${fixture.description} <span>(source: ${fixture.source})</span></p>
      </header>
      <div class="columns">
        <section aria-label="Raw response">
          <h3>Raw response</h3>
          <pre dir="ltr" lang="en" translate="no">${rawText(fixture.input, fixture.init)}</pre>
        </section>
        <section class="after" aria-label="What the operator sees">
          <h3>What the operator sees</h3>
          <error-banner .error=${error} .retryAction=${succeedAfter(1500)}></error-banner>
          <support-checklist
            .error=${error}
            .context=${DEMO_CONTEXT}
            .contact=${DEMO_CONTACT}
            heading-level="3"
          ></support-checklist>
        </section>
      </div>
      ${
        error
          ? html`<details>
              <summary>Normalized error (what the elements work from)</summary>
              <pre dir="ltr" lang="en" translate="no">${JSON.stringify(error, null, 2)}</pre>
            </details>`
          : nothing
      }
    </article>`;
}
