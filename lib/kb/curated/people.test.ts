import { describe, expect, test } from 'vitest';
import { withoutDiacritics } from '../people';
import { PEOPLE, type PersonRow } from '../people-data';
import { PEOPLE_G20 } from '../people-g20';
import { CURATED_PEOPLE, CURATED_PEOPLE_FILES, CURATED_PEOPLE_SOURCE } from './people-all';

const EXISTING = [...PEOPLE, ...PEOPLE_G20];
const ALL = [...EXISTING, ...CURATED_PEOPLE];
const key = (text: string) => withoutDiacritics(text).toLowerCase().replace(/[’']/g, "'");

/** Surnames and English words that name too many people (or things) to stand alone. */
const TOO_COMMON = new Set(
  [
    // common surnames
    'Johnson',
    'Brown',
    'Smith',
    'Jones',
    'Williams',
    'Miller',
    'Davis',
    'Wilson',
    'Taylor',
    'Clark',
    'Lewis',
    'Walker',
    'Hall',
    'Allen',
    'Young',
    'Wright',
    'Hill',
    'Scott',
    'Adams',
    'Baker',
    'Nelson',
    'Carter',
    'Mitchell',
    'Roberts',
    'Turner',
    'Phillips',
    'Campbell',
    'Parker',
    'Evans',
    'Edwards',
    'Collins',
    'Stewart',
    'Morris',
    'Murphy',
    'Cook',
    'Rogers',
    'Morgan',
    'Cooper',
    'Peterson',
    'Bailey',
    'Reed',
    'Kelly',
    'Howard',
    'Cox',
    'Ward',
    'Richardson',
    'Watson',
    'Brooks',
    'Wood',
    'James',
    'Bennett',
    'Gray',
    'Hughes',
    'Price',
    'Sanders',
    'Myers',
    'Long',
    'Ross',
    'Foster',
    'Powell',
    'Jenkins',
    'Perry',
    'Russell',
    'Sullivan',
    'Bell',
    'Coleman',
    'Butler',
    'Henderson',
    'Barnes',
    'Fisher',
    'Harris',
    'Jackson',
    'Thomas',
    'Thompson',
    'Martin',
    'Moore',
    'Anderson',
    'Kennedy',
    'Graham',
    'Warren',
    'Bush',
    'Clinton',
    'Cheney',
    'Rice',
    'Gates',
    'Paul',
    'Ryan',
    'Barr',
    'Patel',
    'Shah',
    'Lee',
    'Kim',
    'Park',
    'Choi',
    'Wang',
    'Li',
    'Zhang',
    'Liu',
    'Chen',
    'Yang',
    'Huang',
    'Wong',
    'Lin',
    'Khan',
    'Ali',
    'Ahmed',
    'Hassan',
    'Hussein',
    'Mohammed',
    'Muhammad',
    'Rahman',
    'Sharif',
    'Singh',
    'Kumar',
    'Gandhi',
    'Bhutto',
    'Zardari',
    'Rajapaksa',
    'Shinawatra',
    'Duterte',
    'Hariri',
    'Aoun',
    'Barzani',
    'Kaczyński',
    'Castro',
    'Kirchner',
    'Bolsonaro Jr',
    'Garcia',
    'García',
    'Rodriguez',
    'Rodríguez',
    'Fernandez',
    'Fernández',
    'Lopez',
    'López',
    'Gonzalez',
    'González',
    'Sanchez',
    'Sánchez',
    'Martinez',
    'Martínez',
    'Perez',
    'Pérez',
    'Silva',
    'Santos',
    'Costa',
    'Ortega',
    'Morales',
    'Chávez',
    'Yılmaz',
    'Yildirim',
    'Yıldırım',
    'Güler',
    'Gül',
    'Rasmussen',
    'Müller',
    'Schmidt',
    'Weber',
    'Ivanov',
    'Novak',
    'Kuznetsov',
    'Smirnov',
    'Dmitriev',
    'Ushakov',
    'Traoré',
    'Diallo',
    'Faye',
    'Barrow',
    'Bennett',
    'Katz',
    'Cohen',
    'Levi',
    'Abe',
    'Koizumi',
    'Suzuki',
    'Tanaka',
    'Nguyen',
    // English words and places
    'May',
    'King',
    'White',
    'Green',
    'Black',
    'Hunt',
    'Gore',
    'Truss',
    'Bolton',
    'Austin',
    'Chase',
    'Rich',
    'Bond',
    'Cash',
    'Stone',
    'Rose',
    'Hope',
    'Love',
    'Little',
    'Strong',
    'Gallant',
    'Salami',
    'Waltz',
    'Store',
    'Borne',
    'Talon',
    'Magyar',
    'Jordan',
    'Israel',
    'Montenegro',
    'Chapo',
    'Boko',
    'Kellogg',
    'Bondi',
    'Wiles',
    'Breton',
    'Musk',
  ].map(key),
);

describe('curated people', () => {
  test('has many people, each file under 300 rows', () => {
    expect(CURATED_PEOPLE.length).toBeGreaterThan(500);
    for (const rows of Object.values(CURATED_PEOPLE_FILES)) expect(rows.length).toBeLessThan(300);
    expect(CURATED_PEOPLE_SOURCE).toMatch(/not re-checked online/);
  });

  test('slugs are unique, and none repeats PEOPLE or PEOPLE_G20', () => {
    const slugs = ALL.map((p) => p.slug);
    const repeated = slugs.filter((s, i) => slugs.indexOf(s) !== i);
    expect(repeated).toEqual([]);
    for (const p of CURATED_PEOPLE) expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test.each(CURATED_PEOPLE.map((p) => [p.slug, p] as const))('%s is well formed', (_, p: PersonRow) => {
    expect(p.country).toMatch(/^[A-Z]{2}$/);
    expect(p.name.trim()).not.toBe('');
    expect(p.description.trim()).toBe(p.description);
    expect(p.description).toMatch(/^[A-Z0-9“‘'"]/);
    expect(p.description).toMatch(/\.$/);
    expect(p.description).not.toMatch(/[\n\r]/);
    expect(p.description.length).toBeLessThan(220);
    expect(p.asOf).toMatch(/^2025-(0[1-9]|1[0-2])-[0-3]\d$/);
    // Former office holders are not linked by an office title; current ones say since when.
    if (/^Former\b/.test(p.description)) expect(p.titles).toEqual([]);
    if (p.titles.length > 0) expect(p.description).toMatch(/\bsince\b/);
    for (const text of [p.name, ...(p.names ?? []), ...(p.surnames ?? []), ...p.titles])
      expect(text.trim() === text && text !== '').toBe(true);
  });

  test('no surname alias is a common surname or an English word', () => {
    const bad = CURATED_PEOPLE.flatMap((p) => (p.surnames ?? []).filter((s) => TOO_COMMON.has(key(s))));
    expect(bad).toEqual([]);
  });

  test('no name, other name or surname names two people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of ALL)
      for (const text of new Set([p.name, ...(p.names ?? []), ...(p.surnames ?? [])].map(key))) {
        const other = owner.get(text);
        if (other && other !== p.slug) clashes.push(`${text}: ${other} / ${p.slug}`);
        owner.set(text, p.slug);
      }
    expect(clashes).toEqual([]);
  });

  test('no office title names two current office holders', () => {
    const holder = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of ALL)
      for (const title of p.titles) {
        const k = `${p.office ?? p.country}:${title.toLowerCase()}`;
        const other = holder.get(k);
        if (other && other !== p.slug) clashes.push(`${k}: ${other} / ${p.slug}`);
        holder.set(k, p.slug);
      }
    expect(clashes).toEqual([]);
  });
});
