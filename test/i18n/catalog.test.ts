import { expect } from '@open-wc/testing';
import { ERROR_KINDS } from '../../src/core/types.js';
import { LOCALES } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/index.js';
import { PLURAL_CATEGORIES } from '../../src/i18n/catalog.js';
import { resources } from '../../src/i18n/resources.js';
import { flatten, splitPlural, variables } from './strings.js';

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l])])) as Record<
  Locale,
  Map<string, string>
>;
const english = flat.en;

/** Base keys (plural suffix removed) of a locale, each with its forms. */
function groups(strings: Map<string, string>): Map<string, Map<string | undefined, string>> {
  const out = new Map<string, Map<string | undefined, string>>();
  for (const [path, text] of strings) {
    const [base, form] = splitPlural(path);
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, text);
  }
  return out;
}

/** A whole word, in any script (JavaScript's \b knows ASCII only). */
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{M}])${w}(?![\\p{L}\\p{M}])`, 'iu');
/** Arabic short vowels and shadda, so 'يُرجى' is caught as 'يرجى'. */
const stripHarakat = (s: string) => s.replace(/[\u064B-\u0652]/g, '');

/** Politeness filler, apologies, "An error occurred" and blame — anywhere, in every locale. */
const BANNED: Record<Locale, RegExp[]> = {
  en: [
    'please',
    'sorry',
    'oops',
    'whoops',
    'an error (has )?occurred',
    'you forgot',
    'invalid',
    'illegal',
    'wrong',
  ].map(word),
  nb: [
    'vennligst',
    'beklager',
    'oisann',
    'ops',
    'dessverre',
    'en feil (har )?oppstod',
    'det (har )?oppstod en feil',
    'du glemte',
    'ugyldig',
    'ulovlig',
  ].map(word),
  de: [
    'bitte',
    'entschuldigung',
    'entschuldigen',
    'leider',
    'hoppla',
    'ups',
    'ein fehler ist aufgetreten',
    'vergessen',
    'ungültig',
    'unzulässig',
    'falsch',
    'illegal',
  ].map(word),
  fr: [
    'veuillez',
    "s[’']il vous plaît",
    'désolée?s?',
    'oups',
    'malheureusement',
    "une erreur (s[’']est produite|est survenue)",
    'vous avez oublié',
    'invalides?',
    'non valides?',
    'illégale?s?',
    'erronée?s?',
  ].map(word),
  ar: [
    'من فضلك',
    'رجاء',
    'يرجى',
    'نرجو',
    'عذرا',
    'نأسف',
    'آسف',
    'للأسف',
    'حدث خطأ',
    'غير صالح',
    'غير قانوني',
    'نسيت',
  ].map(word),
};

/** Jargon a headline must not carry: status codes, protocol words, stack-trace vocabulary. */
const HEADLINE_JARGON: RegExp[] = [
  /(?<!\d)\d{3}(?!\d)/,
  ...[
    'http',
    'api',
    'token',
    'jeton',
    'null',
    'undefined',
    'exception',
    'ausnahme',
    'استثناء',
    'error code',
    'status code',
    'feilkode',
    'statuskode',
    'fehlercode',
    'statuscode',
    "code d[’']erreur",
    'رمز الخطأ',
    'json',
    'graphql',
  ].map(word),
];

const sentences = (s: string) => (s.match(/[.!?؟](?=\s|$)/gu) ?? []).length;

describe('catalogs', () => {
  it('ships five locales, English first', () => {
    expect(LOCALES).to.deep.equal(['en', 'nb', 'de', 'fr', 'ar']);
  });

  it('has a headline and a next step for every error kind', () => {
    for (const kind of ERROR_KINDS) {
      expect(english.get(`kinds.${kind}.headline`), kind).to.be.a('string').and.not.empty;
      expect(english.get(`kinds.${kind}.next`), kind).to.be.a('string').and.not.empty;
    }
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const strings = flat[locale];

      it('has every English key, non-empty, and no key English lacks', () => {
        const mine = groups(strings);
        const theirs = groups(english);
        const missing = [...theirs.keys()].filter((k) => !mine.has(k));
        const extra = [...mine.keys()].filter((k) => !theirs.has(k));
        expect(missing, 'missing').to.deep.equal([]);
        expect(extra, 'not in English').to.deep.equal([]);
        const empty = [...strings].filter(([, v]) => v.trim() === '').map(([k]) => k);
        expect(empty, 'empty').to.deep.equal([]);
        // A key is plural in every locale or in none.
        for (const [base, forms] of theirs) {
          expect(forms.has(undefined), base).to.equal(mine.get(base)!.has(undefined));
        }
      });

      it('has every plural form Intl.PluralRules knows for it, and only real forms', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const [base, forms] of groups(strings)) {
          if (forms.has(undefined)) continue;
          for (const category of categories)
            expect(forms.has(category), `${base}_${category}`).to.be.true;
          for (const form of forms.keys()) expect(PLURAL_CATEGORIES).to.include(form);
        }
      });

      it('uses the same interpolation variables as English', () => {
        const mine = groups(strings);
        for (const [base, forms] of groups(english)) {
          const wanted = new Set([...forms.values()].flatMap((s) => [...variables(s)]));
          for (const [form, text] of mine.get(base)!) {
            const have = variables(text);
            for (const v of wanted) {
              // Plural forms may spell the number out ("ثانيتين", "two seconds"); 'other' may not.
              if (v === 'count' && form !== undefined && form !== 'other') continue;
              expect(have.has(v), `${base}${form ? `_${form}` : ''} lacks {{${v}}}`).to.be.true;
            }
            for (const v of have)
              expect(wanted.has(v), `${base}: {{${v}}} is not in English`).to.be.true;
          }
        }
      });

      it('has no filler, apology, "An error occurred" or blame in any string', () => {
        for (const [key, text] of strings) {
          for (const re of BANNED[locale])
            expect(re.test(stripHarakat(text)), `${key}: "${text}" matches ${re}`).to.be.false;
        }
      });

      it('keeps status codes and jargon out of headlines', () => {
        for (const [key, text] of strings) {
          if (!key.endsWith('headline')) continue;
          for (const re of HEADLINE_JARGON)
            expect(re.test(text), `${key}: "${text}" matches ${re}`).to.be.false;
        }
      });

      it('says everything in at most two sentences', () => {
        for (const [key, text] of strings)
          expect(sentences(text), `${key}: "${text}"`).to.be.at.most(2);
      });

      it('writes headlines and next steps as finished sentences', () => {
        for (const [key, text] of strings) {
          if (/(headline|next)$/.test(key) || key.startsWith('delay.')) {
            expect(sentences(text), `${key}: "${text}"`).to.be.at.least(1);
          }
        }
      });

      // "Trying again in 5 seconds" happens by itself; "Try again in 5 seconds" waits for a
      // press. An operator who cannot tell them apart presses for nothing, or waits for nothing.
      it('words an automatic wait apart from the button that retries after one', () => {
        for (const unit of ['', 'Minutes', 'Hours']) {
          for (const [key, text] of strings) {
            const [base, form] = splitPlural(key);
            if (base !== `retry.waiting${unit}` || form === 'zero') continue;
            const manual = strings.get(`actions.retryIn${unit}_${form}`);
            expect(text, key).to.not.equal(manual);
          }
        }
      });

      if (locale !== 'en') {
        it('translates every message instead of copying the English', () => {
          for (const [key, text] of strings) {
            if (/(headline|next)$/.test(key)) expect(text, key).to.not.equal(english.get(key));
          }
        });
      }
    });
  }

  // French puts a space before : ; ? ! — one that must not break, or the mark starts a line.
  it('keeps French punctuation on its line (no-break space before : ; ? !)', () => {
    for (const [key, text] of flat.fr)
      expect(/ [:;?!]/.test(text), `${key}: "${text}"`).to.be.false;
  });

  it('writes Arabic in Arabic script and keeps the other locales Latin', () => {
    for (const [key, text] of flat.ar) {
      if (/(headline|next)$/.test(key)) expect(/\p{Script=Arabic}/u.test(text), key).to.be.true;
    }
    for (const locale of ['en', 'nb', 'de', 'fr'] as const) {
      for (const [key, text] of flat[locale])
        expect(/\p{Script=Arabic}/u.test(text), `${locale} ${key}`).to.be.false;
    }
  });
});
