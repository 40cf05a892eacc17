import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Catalogue, pluralCategoriesOf, pluralStem, substitutionsOf } from '../../lib/i18n/format';
import { KB_CREDITS } from '../../lib/kb/credits';
import { ROOT, readSource, shippedFiles } from './source-files';

/**
 * The interface's catalogues (issue 14): each complete, each plural in every form its language has,
 * the same substitutions as the English message, and no message that nothing uses.
 */
const LOCALES_DIR = join(ROOT, 'public', '_locales');
const languages = readdirSync(LOCALES_DIR).sort();
const catalogues = new Map<string, Catalogue>(
  languages.map((language) => [
    language,
    JSON.parse(readSource(`public/_locales/${language}/messages.json`)),
  ]),
);
const english = catalogues.get('en') as Catalogue;

/** Plain names, and plural stems with the forms each has. */
function shape(catalogue: Catalogue) {
  const plain = new Set<string>();
  const plurals = new Map<string, string[]>();
  for (const name of Object.keys(catalogue)) {
    const stem = pluralStem(name);
    if (stem === null) plain.add(name);
    else plurals.set(stem, [...(plurals.get(stem) ?? []), name.slice(stem.length + 1)].sort());
  }
  return { plain, plurals };
}

const englishShape = shape(english);

test('there are English and Russian catalogues', () => {
  expect(languages).toEqual(expect.arrayContaining(['en', 'ru']));
});

describe.each(languages)('the %s catalogue', (language) => {
  const catalogue = catalogues.get(language) as Catalogue;
  const { plain, plurals } = shape(catalogue);

  test('names its own language and a writing direction', () => {
    expect(catalogue.locale?.message).toBe(language.replace('_', '-'));
    expect(['ltr', 'rtl']).toContain(catalogue.direction?.message);
  });

  test('has every plain message of the English one, and no other', () => {
    expect([...plain].sort()).toEqual([...englishShape.plain].sort());
  });

  test('has every plural in each form its language uses, and no other form', () => {
    const forms = pluralCategoriesOf(catalogue.locale?.message ?? language).sort();
    expect([...plurals.keys()].sort()).toEqual([...englishShape.plurals.keys()].sort());
    for (const [stem, has] of plurals) expect({ stem, forms: has }).toEqual({ stem, forms });
  });

  test('fills in the same substitutions as English, and has no empty message', () => {
    for (const [name, entry] of Object.entries(catalogue)) {
      const stem = pluralStem(name);
      const source = english[stem === null ? name : `${stem}_other`];
      expect(entry.message.trim(), name).not.toBe('');
      if (source)
        expect({ name, uses: substitutionsOf(entry.message) }).toEqual({
          name,
          uses: substitutionsOf(source.message),
        });
    }
  });
});

describe('every English message is used', () => {
  const sources = shippedFiles(['.ts', '.tsx', '.html']).map((path) => readSource(path));
  const text = sources.join('\n');
  const used = (name: string) => text.includes(`'${name}'`) || text.includes(`__MSG_${name}__`);

  test.each([...englishShape.plain])('%s', (name) => {
    expect(used(name)).toBe(true);
  });
  test.each([...englishShape.plurals.keys()])('%s (plural)', (stem) => {
    expect(used(stem)).toBe(true);
  });

  test('every __MSG_ name in the manifest and pages is in the catalogue', () => {
    const named = [...text.matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(englishShape.plain.has(name), name).toBe(true);
  });
});

test('each credit of the knowledge base names a message of the catalogues', () => {
  for (const credit of KB_CREDITS) expect(english[credit.what], credit.name).toBeDefined();
});
