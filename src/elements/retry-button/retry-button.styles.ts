import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    --_gap: var(--faultline-retry-gap, 0.5em);
    --_radius: var(--faultline-retry-radius, 0.375em);
  }
  /* What the main button and the confirmation's buttons share. */
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    padding-block: 0.25em;
    padding-inline: 1em;
    min-block-size: var(--faultline-retry-min-size, 2.5em);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: var(--_gap);
    padding-inline: var(--faultline-retry-padding-inline, 1em);
    /* Inside a banner, the banner's action colours (--_faultline-action-*): one primary colour. */
    --_bg: var(--faultline-retry-background, var(--_faultline-action-background, #1f5fbf));
    color: var(--faultline-retry-color, var(--_faultline-action-color, #fff));
    background: var(--_bg);
    border: 1px solid var(--faultline-retry-border-color, transparent);
  }
  /* Counting down or running: outlined in the text colour around it (legible on whatever
     surface is behind), so it does not look like something to press now. */
  .base[aria-disabled='true'] {
    cursor: default;
    color: var(--faultline-retry-waiting-color, inherit);
    background: transparent;
    border-color: currentColor;
  }
  /* Every focusable thing here: the buttons, the confirmation and the status line (tabindex -1). */
  :focus-visible {
    outline: 2px solid var(--faultline-retry-focus-color, var(--faultline-color-focus, #1a5fb4));
    outline-offset: 2px;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  /* Side by side, centred on each other: on baselines the Cancel box sat 3 px lower. */
  .base,
  .abort {
    vertical-align: middle;
  }
  .abort {
    margin-inline-start: var(--_gap);
  }
  .status {
    margin-block: var(--_gap) 0;
    margin-inline: 0;
  }
  .confirm {
    display: grid;
    gap: var(--_gap);
    padding: var(--faultline-retry-confirm-padding, 0.75em);
    border: 1px solid var(--faultline-retry-confirm-border-color, #8a8a8a);
    border-radius: var(--_radius);
  }
  .confirm p {
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }
  @media (forced-colors: active) {
    /* .base too: it must beat the .base rule above. */
    button,
    .base {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .base[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .confirm {
      border-color: CanvasText;
    }
  }
`;
