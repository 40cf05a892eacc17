import type { Actor, Alias } from '../model';

const SOURCE = 'Curated from the organisations’ own websites (Backstory starter data)';

/** One organisation: id slug, display name, other names, abbreviations, one-line description. */
type OrgRow = [slug: string, name: string, names: string[], abbreviations: string[], description: string];

// biome-ignore format: one row a line reads as a table.
const ROWS: OrgRow[] = [
  ['un', 'United Nations', ['the United Nations'], ['UN', 'U.N.'], 'Intergovernmental organisation of 193 member states, founded 1945; headquarters New York.'],
  ['unsc', 'UN Security Council', ['United Nations Security Council', 'Security Council'], ['UNSC'], 'UN body for peace and security; five permanent members with a veto (China, France, Russia, UK, US).'],
  ['unga', 'UN General Assembly', ['United Nations General Assembly', 'General Assembly'], ['UNGA'], 'Main deliberative body of the UN, where every member state has one vote.'],
  ['eu', 'European Union', ['the European Union'], ['EU', 'E.U.'], 'Political and economic union of 27 European states.'],
  ['european-commission', 'European Commission', ['the Commission', 'EU Commission'], [], 'Executive body of the EU: proposes laws, runs trade and sanctions policy.'],
  ['european-parliament', 'European Parliament', ['EU Parliament', 'the European Parliament'], ['MEPs'], 'Directly elected legislature of the EU, in Strasbourg and Brussels.'],
  ['european-council', 'European Council', ['EU leaders', 'EU summit'], [], 'The EU heads of state or government, who set the Union’s political direction.'],
  ['nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'Atlantic Alliance'], ['NATO', 'OTAN'], 'Military alliance of 32 North American and European states; headquarters Brussels.'],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], ['OSCE'], 'Regional security organisation of 57 states in Europe, Central Asia and North America; seat Vienna.'],
  ['g7', 'G7', ['Group of Seven', 'G-7'], ['G7'], 'Forum of seven large advanced economies: Canada, France, Germany, Italy, Japan, UK, US (the EU takes part).'],
  ['g20', 'G20', ['Group of Twenty', 'G-20'], ['G20'], 'Forum of 19 large economies plus the EU and the African Union.'],
  ['brics', 'BRICS', ['BRICS+', 'BRICS Plus'], ['BRICS'], 'Bloc founded by Brazil, Russia, India, China and South Africa, enlarged since 2024.'],
  ['sco', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization'], ['SCO'], 'Eurasian security and political organisation led by China and Russia.'],
  ['opec', 'OPEC', ['Organization of the Petroleum Exporting Countries'], ['OPEC'], 'Cartel of oil-exporting states, led by Saudi Arabia; seat Vienna.'],
  ['opec-plus', 'OPEC+', ['OPEC Plus', 'OPEC+ alliance'], ['OPEC+'], 'OPEC together with Russia and other producers, coordinating oil output since 2016.'],
  ['iaea', 'International Atomic Energy Agency', ['UN nuclear watchdog', 'the nuclear watchdog'], ['IAEA'], 'UN-family agency that inspects nuclear programmes; seat Vienna.'],
  ['imf', 'International Monetary Fund', ['the Fund'], ['IMF'], 'Lender of last resort to states in balance-of-payments trouble; seat Washington.'],
  ['world-bank', 'World Bank', ['World Bank Group'], [], 'Development lender to middle- and low-income states; seat Washington.'],
  ['wto', 'World Trade Organization', ['World Trade Organisation'], ['WTO'], 'Organisation that sets and arbitrates international trade rules; seat Geneva.'],
  ['who', 'World Health Organization', ['World Health Organisation'], ['WHO'], 'UN agency for international public health; seat Geneva.'],
  ['icc', 'International Criminal Court', ['the Hague court'], ['ICC'], 'Court that tries individuals for genocide, war crimes and crimes against humanity; seat The Hague.'],
  ['icj', 'International Court of Justice', ['World Court'], ['ICJ'], 'Principal court of the UN, settling disputes between states; seat The Hague.'],
  ['african-union', 'African Union', ['the African Union'], ['AU'], 'Union of the 55 states of Africa; seat Addis Ababa.'],
  ['asean', 'ASEAN', ['Association of Southeast Asian Nations'], ['ASEAN'], 'Regional organisation of ten (eleven with Timor-Leste) Southeast Asian states.'],
  ['arab-league', 'Arab League', ['League of Arab States'], [], 'Regional organisation of 22 Arab states; seat Cairo.'],
  ['gcc', 'Gulf Cooperation Council', ['Cooperation Council for the Arab States of the Gulf'], ['GCC'], 'Union of six Gulf monarchies: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, UAE.'],
  ['csto', 'Collective Security Treaty Organization', ['Collective Security Treaty Organisation'], ['CSTO'], 'Russian-led military alliance of post-Soviet states; Armenia froze its participation in 2024.'],
  ['eaeu', 'Eurasian Economic Union', ['Eurasian Union'], ['EAEU', 'EEU'], 'Russian-led customs and economic union of Russia, Belarus, Kazakhstan, Kyrgyzstan and Armenia.'],
  ['council-of-europe', 'Council of Europe', [], ['CoE'], 'Human-rights organisation of 46 European states (not an EU body); seat Strasbourg.'],
  ['unhcr', 'UNHCR', ['UN Refugee Agency', 'UN refugee agency', 'Office of the United Nations High Commissioner for Refugees'], ['UNHCR'], 'UN agency that protects and assists refugees.'],
  ['unrwa', 'UNRWA', ['United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'UN agency for Palestinian refugees'], ['UNRWA'], 'UN agency for Palestinian refugees in Gaza, the West Bank, Jordan, Lebanon and Syria.'],
  ['oic', 'Organisation of Islamic Cooperation', ['Organization of Islamic Cooperation'], ['OIC'], 'Organisation of 57 states with large Muslim populations; seat Jeddah.'],
  ['cis', 'Commonwealth of Independent States', [], ['CIS'], 'Loose association of post-Soviet states, founded 1991; seat Minsk.'],
  ['ots', 'Organization of Turkic States', ['Organisation of Turkic States', 'Turkic Council'], ['OTS'], 'Organisation of Turkey, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan (observers include Hungary).'],
];

/** The starter organisations, `org:<slug>`. */
export function organisations(): Actor[] {
  return ROWS.map(([slug, name, names, abbreviations, description]) => {
    const aliases: Alias[] = [
      { text: name, role: 'name' },
      ...names.map((text): Alias => ({ text, role: 'name' })),
      ...abbreviations.map((text): Alias => ({ text, role: 'abbreviation' })),
    ];
    return { id: `org:${slug}`, name, kind: 'organisation', description, aliases, source: SOURCE };
  });
}
