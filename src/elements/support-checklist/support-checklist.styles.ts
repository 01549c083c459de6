import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--faultline-checklist-gap, 0.75rem);
    --_border: var(--faultline-checklist-border-color, var(--faultline-color-border, #8a8a8a));
    --_gathered: var(--faultline-checklist-gathered-color, var(--faultline-color-success, #1e7b34));
    --_missing: var(--faultline-checklist-missing-color, var(--faultline-color-danger, #b3261e));
    --_radius: var(--faultline-checklist-radius, var(--faultline-radius, 0.375rem));
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
    padding: var(--faultline-checklist-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--faultline-checklist-background, transparent);
  }
  [part='title'] {
    font-weight: 600;
    font-size: 1.125em;
  }
  p,
  dl,
  dd,
  figure {
    margin: 0;
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_gathered);
  }
  [part~='field'] {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.25rem var(--_gap);
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .marker {
    display: inline-block;
    inline-size: 1.25em;
    margin-inline-end: 0.25rem;
    font-weight: 700;
    color: var(--_gathered);
  }
  .missing .marker,
  [part='missing'],
  [part='error'] {
    color: var(--_missing);
  }
  [part='field-value'],
  [part='preview'] {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  form,
  .control,
  fieldset {
    display: grid;
    gap: 0.25rem;
  }
  form {
    gap: var(--_gap);
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  [part='input'] {
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--faultline-checklist-input-background, Field);
    color: FieldText;
    max-inline-size: 40rem;
  }
  [part='input'][aria-invalid='true'] {
    border-color: var(--_missing);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    grid-auto-flow: column;
    justify-content: start;
    gap: var(--_gap);
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  [part='preview'] {
    margin: 0.25rem 0 0;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--faultline-checklist-preview-background, rgb(127 127 127 / 0.12));
    font-family: var(--faultline-checklist-preview-font, ui-monospace, monospace);
    font-size: 0.875em;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  :focus-visible {
    outline: 2px solid var(--faultline-color-focus, Highlight);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [part='base'],
    [part='input'],
    [part~='field'] {
      border-color: CanvasText;
    }
    .marker,
    [part='missing'],
    [part='error'] {
      color: CanvasText;
    }
    [part='input'][aria-invalid='true'] {
      border-color: Mark;
      border-width: 2px;
    }
    [part='preview'] {
      border: 1px solid CanvasText;
    }
  }
`;
