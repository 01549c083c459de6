import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--faultline-checklist-gap, 0.75rem);
    --_border: var(--faultline-checklist-border-color, var(--faultline-color-border, #8a8a8a));
    /* Its background is the page's, so each default has a dark-scheme twin (4.5:1 on #121212). */
    --_gathered: var(
      --faultline-checklist-gathered-color,
      var(--faultline-color-success, light-dark(#1e7b34, #6fcf86))
    );
    --_missing: var(
      --faultline-checklist-missing-color,
      var(--faultline-color-danger, light-dark(#b3261e, #ff8a80))
    );
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
  /* Label and value side by side, or the value below its label where both do not fit (320 px,
     large text): a fixed label column would squeeze the values to a few letters. */
  [part~='field'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_gap);
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  dt {
    flex: 0 0 14rem;
    max-inline-size: 100%;
  }
  dd {
    flex: 1 1 12rem;
    min-inline-size: 0;
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
    overflow-wrap: anywhere;
  }
  /* The value's own line breaks, not the template's indentation around it. */
  [part='field-value'] bdi,
  [part='preview'] {
    white-space: pre-wrap;
  }
  /* Each line of the preview takes the direction of its text: English stays in order in an
     Arabic checklist. */
  [part='preview'] {
    unicode-bidi: plaintext;
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
    min-inline-size: 0;
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
    display: flex;
    flex-wrap: wrap;
    border: 0;
    padding: 0;
    margin: 0;
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
  button {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--faultline-color-focus, light-dark(#1a5fb4, #8ab4f8));
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
    /* Mark is a background colour: as a border on Canvas it can all but vanish (yellow on
       white). A thicker border in the text colour stands out in every theme. */
    [part='input'][aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 3px;
    }
    [part='preview'] {
      border: 1px solid CanvasText;
    }
  }
`;
