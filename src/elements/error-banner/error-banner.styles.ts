import { css } from 'lit';

/*
 * Defaults meet WCAG AA on their own tint and on white: #b3261e on #fdf3f2 is 6.0:1, #8a5300 on
 * #fff8e5 is 6.0:1, #1f1f1f text is above 15:1 on both, white on the button colours above 6:1.
 *
 * The icon is drawn in CSS, not SVG: an SVG root and path per banner cost more to style and lay
 * out than the rest of its boxes. Its gradients are paint only; the "!" is cut out in --_bg.
 */
export const styles = css`
  :host {
    --_accent: var(--faultline-banner-accent, var(--faultline-color-danger, #b3261e));
    --_bg: var(--faultline-banner-background, var(--faultline-color-danger-surface, #fdf3f2));
    --_focus: var(--faultline-banner-focus-ring, var(--faultline-color-focus, #1a5fb4));
    --_on-accent: var(--faultline-color-on-danger, #fff);
    display: block;
    font-size: var(--faultline-banner-font-size, inherit);
    line-height: 1.45;
  }
  /* Its surface is light whatever the page: an app's slotted link takes the light scheme's
     colour, not a dark page's pale one (2.2:1 on the banner). A dark theme sets it too. Only
     on slotted content: on the host it cost every banner a style of its own. */
  ::slotted(*) {
    color-scheme: var(--faultline-banner-color-scheme, light);
  }
  :host([severity='warning']) {
    --_accent: var(--faultline-banner-accent, var(--faultline-color-warning, #8a5300));
    --_bg: var(--faultline-banner-background, var(--faultline-color-warning-surface, #fff8e5));
    --_on-accent: var(--faultline-color-on-warning, #fff);
  }
  /* Two rules: an engine that does not know :state() drops the whole rule it appears in. */
  :host(:state(closed)) {
    display: none;
  }
  .base[hidden] {
    display: none;
  }
  :host([variant='toast']) {
    position: fixed;
    inset-block-end: var(--faultline-banner-toast-offset, 1rem);
    inset-inline-end: var(--faultline-banner-toast-offset, 1rem);
    z-index: var(--faultline-banner-z-index, 1000);
    inline-size: var(--faultline-banner-toast-inline-size, min(28rem, calc(100vw - 2rem)));
  }
  /* Fixed to the viewport, a toast taller than a phone's screen (or a zoomed one) would put its
     headline and close button out of reach: it scrolls inside instead. */
  :host([variant='toast']) .base {
    max-block-size: calc(100dvh - 2 * var(--faultline-banner-toast-offset, 1rem));
    overflow-y: auto;
  }
  .base {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: var(--faultline-banner-padding, 0.75rem 1rem);
    color: var(--faultline-banner-color, var(--faultline-color-text, #1f1f1f));
    background: var(--_bg);
    border: 1px solid var(--faultline-banner-border-color, var(--_accent));
    border-inline-start-width: var(--faultline-banner-border-width, 0.25rem);
    border-radius: var(--faultline-banner-radius, var(--faultline-radius, 0.375rem));
  }
  :host([variant='toast']) .base {
    box-shadow: var(--faultline-banner-shadow, 0 0.25rem 1rem rgb(0 0 0 / 0.2));
  }
  :host([variant='page']) .base {
    padding: var(--faultline-banner-padding, 1.5rem);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
    border-radius: 50%;
    background:
      linear-gradient(var(--_bg) 0 0) 50% 26%/12% 40% no-repeat,
      radial-gradient(var(--_bg) 55%, #0000 60%) 50% 76%/16% 16% no-repeat,
      var(--_accent);
    forced-color-adjust: none;
  }
  :host([severity='warning']) .icon {
    border-radius: 0;
    clip-path: polygon(50% 2%, 100% 94%, 0 94%);
    background-position:
      50% 52%,
      50% 80%;
  }
  .body {
    flex: 1;
    min-inline-size: 0;
  }
  .next-step,
  .detail,
  .fields,
  .reference,
  .actions {
    margin-block-start: var(--faultline-banner-gap, 0.5rem);
  }
  p,
  ul {
    margin: 0;
  }
  .headline {
    font-weight: 600;
  }
  :host([variant='page']) .headline {
    font-size: 1.25em;
  }
  .headline:focus {
    outline: none;
  }
  .detail,
  .fields {
    font-size: 0.9375em;
  }
  .detail-label,
  .fields-heading {
    display: block;
    font-weight: 600;
  }
  .detail-text {
    overflow-wrap: anywhere;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .field-name {
    font-weight: 600;
  }
  /* A long field key, address or link wraps rather than widening the page at 320 px. */
  li,
  .contact > * {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .reference {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .empty {
    display: none;
  }
  /* The support contact's name, address, site and phone, apart from one another. */
  .contact {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  button {
    font: inherit;
    /* An operator's text-spacing settings reach the buttons too, which engines reset. */
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
    border-radius: 0.25rem;
    transition:
      background-color 0.15s,
      box-shadow 0.15s;
  }
  /* The built-in retry button takes the actions' colours (an app's own retry-button tokens win). */
  .actions {
    --_faultline-action-background: var(--faultline-banner-button-background, var(--_accent));
    --_faultline-action-color: var(--faultline-banner-button-color, var(--_on-accent));
  }
  .action {
    padding: 0.375rem 0.875rem;
    color: var(--faultline-banner-button-color, var(--_on-accent));
    background: var(--faultline-banner-button-background, var(--_accent));
    border: 1px solid transparent;
  }
  .copy,
  .toggle {
    padding: 0.125rem 0.5rem;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
  }
  .toggle {
    align-self: flex-start;
    margin-block-start: 0.25rem;
  }
  .close {
    flex: none;
    display: grid;
    padding: 0.25rem;
    margin: -0.25rem;
    color: inherit;
    background: transparent;
    border: 0;
  }
  .close svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  button:hover {
    box-shadow: inset 0 0 0 10rem rgb(0 0 0 / 0.08);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .icon {
      --_accent: CanvasText;
      --_bg: Canvas;
    }
    /* .action and .close set their own border, which a bare button selector would not beat. */
    button,
    .action,
    .close {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }
`;
