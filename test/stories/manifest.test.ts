import { expect } from '@open-wc/testing';
import { prepareManifest } from '../../.storybook/manifest.js';

describe('Storybook docs tables (prepareManifest)', () => {
  it('lists a part named like a property, and the default slot, in rows of their own', () => {
    const out = prepareManifest({
      modules: [
        {
          declarations: [
            {
              kind: 'class',
              name: 'SupportChecklist',
              members: [{ kind: 'field', name: 'error' }],
              cssParts: [{ name: 'error', description: 'A validation message' }],
              slots: [{ name: '', description: 'Content' }],
            },
          ],
        },
      ],
    });
    const decl = out.modules[0]!.declarations[0]!;
    // Storybook keys its rows by name: a part called `error` used to replace the property.
    const names = [
      ...decl.members.map((m) => m.name),
      ...decl.cssParts.map((p) => p.name),
      ...decl.slots.map((s) => s.name),
    ];
    expect(names).to.deep.equal(['error', '::part(error)', '(default)']);
    expect(new Set(names).size).to.equal(names.length);
  });
});
