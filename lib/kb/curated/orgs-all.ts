import type { Actor } from '../../model';
import { armedGroupOrganisations } from './orgs-armed';
import { defenceCompanyOrganisations } from './orgs-co-defence';
import { energyCompanyOrganisations } from './orgs-co-energy';
import { financeTechCompanyOrganisations } from './orgs-co-finance-tech';
import { otherCompanyOrganisations } from './orgs-co-other';
import { asiaGovernmentOrganisations } from './orgs-gov-asia';
import { eurasiaGovernmentOrganisations } from './orgs-gov-eurasia';
import { europeGovernmentOrganisations } from './orgs-gov-europe';
import { usGovernmentOrganisations } from './orgs-gov-us';
import { internationalOrganisations } from './orgs-intl';
import { westernMediaOrganisations } from './orgs-media-west';
import { worldMediaOrganisations } from './orgs-media-world';

/** Every curated organisation file, for tests and counts. */
export const CURATED_ORG_FILES: { file: string; actors: () => Actor[] }[] = [
  { file: 'orgs-gov-us.ts', actors: usGovernmentOrganisations },
  { file: 'orgs-gov-europe.ts', actors: europeGovernmentOrganisations },
  { file: 'orgs-gov-eurasia.ts', actors: eurasiaGovernmentOrganisations },
  { file: 'orgs-gov-asia.ts', actors: asiaGovernmentOrganisations },
  { file: 'orgs-armed.ts', actors: armedGroupOrganisations },
  { file: 'orgs-intl.ts', actors: internationalOrganisations },
  { file: 'orgs-media-west.ts', actors: westernMediaOrganisations },
  { file: 'orgs-media-world.ts', actors: worldMediaOrganisations },
  { file: 'orgs-co-energy.ts', actors: energyCompanyOrganisations },
  { file: 'orgs-co-defence.ts', actors: defenceCompanyOrganisations },
  { file: 'orgs-co-finance-tech.ts', actors: financeTechCompanyOrganisations },
  { file: 'orgs-co-other.ts', actors: otherCompanyOrganisations },
];

/** All curated organisations, `org:<slug>`. */
export function curatedOrganisations(): Actor[] {
  return CURATED_ORG_FILES.flatMap((f) => f.actors());
}
