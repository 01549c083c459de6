#!/usr/bin/env node
// Run by `npm run analyze` after the manifest: VS Code's custom data for the four tags, so an
// editor completes them in plain HTML with their attributes, allowed values, events, parts and
// custom properties (README, "Editor support"). Both files come from custom-elements.json alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = declarations.filter((d) => d.customElement && d.tagName);

/** `'a' | 'b'`, `['a', 'b']` or an alias named after a constant (ConfirmMode → CONFIRM_MODES). */
function valuesOf(type) {
  const text = type?.text ?? '';
  const literals = (s) => [...s.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (/^\s*'/.test(text)) return literals(text);
  if (!/^[A-Z]\w*$/.test(text)) return [];
  const constant = `${text.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()}S`;
  const found = declarations.find((d) => d.kind === 'variable' && d.name === constant);
  if (!found) throw new Error(`editor data: no ${constant} to read the values of ${text} from`);
  return literals(found.default ?? '');
}

const markdown = (value) => ({ kind: 'markdown', value });
const list = (title, items) =>
  items?.length ? `\n\n**${title}:** ${items.map((i) => `\`${i.name}\``).join(', ')}` : '';

const tags = elements.map((el) => ({
  name: el.tagName,
  description: markdown(
    `${el.summary ?? ''}` +
      list('Events', el.events) +
      list(
        'Slots',
        el.slots?.map((s) => ({ name: s.name || '(default)' })),
      ) +
      list('Parts', el.cssParts),
  ),
  attributes: (el.attributes ?? [])
    // `lang` is HTML's own attribute: the editor already knows it.
    .filter((a) => a.name !== 'lang')
    .map((a) => {
      const attribute = { name: a.name, description: markdown(a.description ?? '') };
      if (a.type?.text === 'boolean') attribute.valueSet = 'v';
      const values = valuesOf(a.type);
      if (values.length) attribute.values = values.map((name) => ({ name }));
      return attribute;
    }),
}));

const properties = elements.flatMap((el) =>
  (el.cssProperties ?? []).map((p) => ({
    name: p.name,
    description: `${p.description ?? ''} (<${el.tagName}>)`,
  })),
);
const parts = new Map();
for (const el of elements)
  for (const p of el.cssParts ?? []) {
    const name = `::part(${p.name})`;
    const line = `<${el.tagName}>: ${p.description ?? ''}`;
    parts.set(name, parts.has(name) ? `${parts.get(name)}\n${line}` : line);
  }

const write = (file, data) => writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', { version: 1.1, tags });
write('vscode.css-custom-data.json', {
  version: 1.1,
  properties: [...new Map(properties.map((p) => [p.name, p])).values()],
  pseudoElements: [...parts].map(([name, description]) => ({ name, description })),
});
console.log(
  `editor data: ${tags.length} tags, ${tags.reduce((n, t) => n + t.attributes.length, 0)} attributes, ` +
    `${properties.length} custom properties, ${parts.size} parts.`,
);
