import { type CuratedOrgRow, orgActors } from './orgs-build';

// Defence, aerospace and arms companies. "Leonardo" and "Rafael" alone are given names and
// "Kalashnikov" alone is a rifle and a person: only longer names are aliases. "TAI" is left out.
// biome-ignore format: one row a line reads as a table.
const ROWS: CuratedOrgRow[] = [
  ['lockheed-martin', 'Lockheed Martin', [], [], 'US defence company, maker of the F-35 fighter.', 'US'],
  ['rtx', 'RTX', ['RTX Corporation', 'Raytheon', 'Raytheon Technologies'], ['RTX'], 'US aerospace and defence company, maker of Patriot missile systems.', 'US'],
  ['boeing', 'Boeing', ['Boeing Company'], [], 'US aircraft and defence company.', 'US'],
  ['northrop-grumman', 'Northrop Grumman', [], [], 'US defence company, maker of the B-21 bomber.', 'US'],
  ['general-dynamics', 'General Dynamics', [], [], 'US defence company, maker of Abrams tanks and submarines.', 'US'],
  ['l3harris', 'L3Harris', ['L3Harris Technologies'], [], 'US defence electronics company.', 'US'],
  ['huntington-ingalls', 'Huntington Ingalls Industries', [], [], 'US military shipbuilder.', 'US'],
  ['general-atomics', 'General Atomics', [], [], 'US defence company, maker of the Reaper and Predator drones.', 'US'],
  ['palantir', 'Palantir', ['Palantir Technologies'], [], 'US data-analytics and defence software company.', 'US'],
  ['anduril', 'Anduril', ['Anduril Industries'], [], 'US defence technology company, founded 2017.', 'US'],
  ['bae-systems', 'BAE Systems', [], [], 'British defence company.', 'GB'],
  ['rolls-royce', 'Rolls-Royce', ['Rolls-Royce Holdings'], [], 'British engine maker for aircraft, ships and submarines.', 'GB'],
  ['rheinmetall', 'Rheinmetall', [], [], 'German defence company, Europe’s largest maker of artillery shells.', 'DE'],
  ['hensoldt', 'Hensoldt', [], [], 'German defence electronics company.', 'DE'],
  ['diehl-defence', 'Diehl Defence', [], [], 'German missile maker, producer of IRIS-T air defence.', 'DE'],
  ['knds', 'KNDS', [], ['KNDS'], 'Franco-German land-systems company, maker of the Leopard tank and Caesar howitzer.', 'FR'],
  ['thales', 'Thales', ['Thales Group'], [], 'French defence and electronics company.', 'FR'],
  ['dassault-aviation', 'Dassault Aviation', [], [], 'French aircraft maker, producer of the Rafale fighter.', 'FR'],
  ['safran', 'Safran', [], [], 'French aerospace engine and equipment maker.', 'FR'],
  ['naval-group', 'Naval Group', [], [], 'French state-controlled naval shipbuilder.', 'FR'],
  ['mbda', 'MBDA', [], ['MBDA'], 'European missile maker owned by Airbus, BAE Systems and Leonardo.', 'FR'],
  ['airbus', 'Airbus', ['Airbus SE', 'Airbus Defence and Space'], [], 'European aircraft and defence company, in Toulouse.', 'FR'],
  ['leonardo', 'Leonardo S.p.A.', ['Leonardo SpA', 'Italian defence group Leonardo'], [], 'Italian state-controlled defence and aerospace company.', 'IT'],
  ['fincantieri', 'Fincantieri', [], [], 'Italian state-controlled shipbuilder.', 'IT'],
  ['saab', 'Saab', ['Saab AB'], [], 'Swedish defence company, maker of the Gripen fighter.', 'SE'],
  ['kongsberg', 'Kongsberg', ['Kongsberg Gruppen', 'Kongsberg Defence & Aerospace'], [], 'Norwegian defence company, co-developer of NASAMS air defence.', 'NO'],
  ['baykar', 'Baykar', [], [], 'Turkish drone maker, producer of the Bayraktar TB2.', 'TR'],
  ['aselsan', 'Aselsan', ['ASELSAN'], [], 'Turkish defence electronics company.', 'TR'],
  ['roketsan', 'Roketsan', [], [], 'Turkish missile and rocket maker.', 'TR'],
  ['tusas', 'Turkish Aerospace', ['Turkish Aerospace Industries', 'TUSAŞ', 'TUSAS'], [], 'Turkish state aerospace company, developer of the KAAN fighter.', 'TR'],
  ['mke', 'MKE', ['Mechanical and Chemical Industry Corporation'], ['MKE'], 'Turkish state arms and munitions maker.', 'TR'],
  ['rafael', 'Rafael Advanced Defense Systems', ['Rafael Advanced Defence Systems'], [], 'Israeli state defence company, co-developer of Iron Dome.', 'IL'],
  ['elbit-systems', 'Elbit Systems', ['Elbit'], [], 'Israeli defence electronics company.', 'IL'],
  ['iai', 'Israel Aerospace Industries', [], ['IAI'], 'Israeli state aerospace company, maker of the Arrow missile defence.', 'IL'],
  ['rostec', 'Rostec', [], [], 'Russian state defence-industry conglomerate, led by Sergei Chemezov.', 'RU'],
  ['almaz-antey', 'Almaz-Antey', [], [], 'Russian state air-defence maker, producer of the S-400.', 'RU'],
  ['uralvagonzavod', 'Uralvagonzavod', [], [], 'Russian tank maker.', 'RU'],
  ['kalashnikov-concern', 'Kalashnikov Concern', ['Kalashnikov Group'], [], 'Russian small-arms and drone maker, part of Rostec.', 'RU'],
  ['tactical-missiles-corporation', 'Tactical Missiles Corporation', [], [], 'Russian state missile maker.', 'RU'],
  ['uac', 'United Aircraft Corporation', [], [], 'Russian state aircraft maker, including Sukhoi and MiG.', 'RU'],
  ['ukroboronprom', 'Ukroboronprom', ['Ukrainian Defense Industry'], [], 'Ukrainian state defence-industry group.', 'UA'],
  ['antonov', 'Antonov Company', ['Antonov State Enterprise', 'Antonov aircraft company'], [], 'Ukrainian state aircraft maker.', 'UA'],
  ['norinco', 'Norinco', ['China North Industries Group'], [], 'Chinese state arms maker.', 'CN'],
  ['avic', 'Aviation Industry Corporation of China', [], ['AVIC'], 'Chinese state aerospace and defence company.', 'CN'],
  ['hanwha-aerospace', 'Hanwha Aerospace', [], [], 'South Korean defence company, maker of the K9 howitzer.', 'KR'],
  ['hyundai-rotem', 'Hyundai Rotem', [], [], 'South Korean maker of the K2 tank and trains.', 'KR'],
  ['kai', 'Korea Aerospace Industries', [], [], 'South Korean aircraft maker, producer of the KF-21.', 'KR'],
  ['mhi', 'Mitsubishi Heavy Industries', [], [], 'Japanese industrial and defence company.', 'JP'],
  ['hal', 'Hindustan Aeronautics Limited', [], ['HAL'], 'Indian state aerospace company.', 'IN'],
  ['embraer', 'Embraer', [], [], 'Brazilian aircraft maker.', 'BR'],
];

/** Curated defence, aerospace and arms companies. */
export function defenceCompanyOrganisations() {
  return orgActors(ROWS);
}
