/**
 * Controls that do something. Storybook makes a row, and infers a control, for every member,
 * attribute, event, slot, CSS part and CSS custom property in custom-elements.json, whether or
 * not the story's render reads it: a "Set object" on a part or an event, a text box on a slot or
 * on `auto-retry` (the attribute of the `autoRetry` arg), a getter such as `normalizedError`. Each
 * looked editable and changed nothing. This enhancer keeps them all in the docs table, but leaves
 * an input only where one works:
 *
 * - a member or attribute: when the story has an arg of that name (its render reads its args) or
 *   the story file gave it a control of its own; otherwise `control: false`;
 * - a CSS custom property: a colour or text control, applied by the preview's decorator
 *   (`cssPropertyStyles`) to the story's wrapper, from which every element inherits it;
 * - a CSS part, an event or a slot: `control: false`; they are documentation, not inputs.
 *
 * It runs after Storybook reads the manifest and before it infers controls, which keep an
 * explicit `control: false` or control type.
 */

interface InputType {
  control?: unknown;
  table?: { category?: string; disable?: boolean; [key: string]: unknown };
  [key: string]: unknown;
}

interface EnhancerContext {
  argTypes: Record<string, InputType>;
  initialArgs?: Record<string, unknown>;
}

const DOCS_ONLY = new Set(['css shadow parts', 'events', 'slots']);
const FROM_ELEMENT = new Set(['properties', 'attributes']);
const CSS_PROPERTIES = 'css custom properties';

/** A custom property that holds a colour: `--faultline-banner-accent`, `…-border-color`. */
const isColour = (name: string) => /-(colou?r|accent|background|focus-ring)$/.test(name);

/** The Controls panel offers an input only where changing it changes the story. */
export function liveControls({ argTypes, initialArgs = {} }: EnhancerContext) {
  const out: Record<string, InputType> = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category ?? '';
    let control = argType.control;
    if (control === undefined) {
      if (DOCS_ONLY.has(category)) control = false;
      else if (category === CSS_PROPERTIES) control = { type: isColour(name) ? 'color' : 'text' };
      else if (FROM_ELEMENT.has(category) && !(name in initialArgs)) control = false;
    }
    out[name] = control === undefined ? argType : { ...argType, control };
  }
  return out;
}

/** The story's CSS custom property args (`--faultline-…`) as a style for its wrapper. */
export function cssPropertyStyles(args: Readonly<Record<string, unknown>>): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') && typeof value === 'string' && value.trim()) style[name] = value;
  }
  return style;
}
