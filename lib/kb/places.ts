import type { Actor, Alias } from '../model';

const SOURCE = 'Curated (Backstory starter data)';

/** One place: slug, name, other names, ISO2 code of the state it lies in or is claimed by, description. */
type PlaceRow = [
  slug: string,
  name: string,
  names: string[],
  country: string | undefined,
  description: string,
];

// biome-ignore format: one row a line reads as a table.
const ROWS: PlaceRow[] = [
  ['istanbul', 'Istanbul', ['İstanbul', 'Constantinople'], 'TR', 'Largest city of Türkiye; venue of the 2022 and 2025 Russia–Ukraine talks and of the Black Sea grain deal.'],
  ['nagorno-karabakh', 'Nagorno-Karabakh', ['Karabakh', 'Nagorny Karabakh', 'Artsakh', 'Qarabağ'], 'AZ', 'Region of Azerbaijan held by ethnic-Armenian forces until Azerbaijan retook it in September 2023.'],
  ['crimea', 'Crimea', ['Crimean Peninsula', 'Krym'], 'UA', 'Ukrainian peninsula annexed by Russia in 2014; the annexation is not recognised by most states.'],
  ['donbas', 'Donbas', ['Donbass', 'Donets Basin'], 'UA', 'Eastern Ukrainian region (Donetsk and Luhansk oblasts), largely occupied by Russia.'],
  ['gaza', 'Gaza', ['Gaza Strip'], 'PS', 'Palestinian coastal territory, scene of the war that began in October 2023.'],
  ['west-bank', 'West Bank', ['the West Bank', 'Judea and Samaria'], 'PS', 'Palestinian territory occupied by Israel since 1967, partly administered by the Palestinian Authority.'],
  ['golan-heights', 'Golan Heights', ['the Golan', 'Golan'], 'SY', 'Syrian plateau occupied by Israel since 1967 and annexed in 1981; the US recognised the annexation in 2019.'],
  ['kashmir', 'Kashmir', ['Jammu and Kashmir', 'Kashmir Valley'], undefined, 'Himalayan region disputed between India and Pakistan (and partly held by China).'],
  // Not "Republic of China": it would match inside "People's Republic of China".
  ['taiwan', 'Taiwan', ['Taipei', 'Formosa'], undefined, 'Self-governing island democracy that China claims; not a UN member, recognised by about a dozen states.'],
  ['geneva', 'Geneva', ['Genève', 'Genf'], 'CH', 'Swiss city, seat of many UN agencies and frequent venue of diplomatic talks.'],
  ['doha', 'Doha', [], 'QA', 'Capital of Qatar (also an alias of Qatar) and venue of mediated talks: Gaza, Afghanistan, US–Iran.'],
  ['black-sea', 'Black Sea', [], undefined, 'Sea bordered by Türkiye, Russia, Ukraine, Georgia, Romania and Bulgaria; Türkiye controls its straits.'],
  ['bosphorus', 'Bosphorus', ['Bosporus', 'Turkish Straits', 'Dardanelles'], 'TR', 'Straits linking the Black Sea to the Mediterranean, governed by the 1936 Montreux Convention.'],
  ['zangezur-corridor', 'Zangezur corridor', ['Zangezur', 'Syunik', 'Trump Route for International Peace and Prosperity', 'TRIPP'], 'AM', 'Transit route across southern Armenia linking Azerbaijan to its Nakhchivan exclave.'],
  ['strait-of-hormuz', 'Strait of Hormuz', ['Hormuz'], undefined, 'Gulf chokepoint through which about a fifth of the world’s oil passes.'],
];

/** The starter places, `place:<slug>`. Capitals are aliases of their states, so they are not here. */
export function places(): Actor[] {
  return ROWS.map(([slug, name, names, country, description]) => {
    const aliases: Alias[] = [
      { text: name, role: 'name' },
      ...names.map((text): Alias => ({ text, role: 'name' })),
    ];
    return { id: `place:${slug}`, name, kind: 'place', description, aliases, country, source: SOURCE };
  });
}
