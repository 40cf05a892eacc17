import type { PersonRow } from '../people-data';
import { dated, HOS, PM } from './people-common';

/**
 * The South Caucasus and Central Asia. The current leaders of Armenia and Azerbaijan are in
 * `PEOPLE`.
 */
// biome-ignore format: one person a line reads as a table.
export const PEOPLE_CAUCASUS_CENTRAL_ASIA: PersonRow[] = dated([
  // Georgia
  { slug: 'irakli-kobakhidze', name: 'Irakli Kobakhidze', country: 'GE', titles: PM, description: 'Prime Minister of Georgia since February 2024.', surnames: ['Kobakhidze'] },
  { slug: 'mikheil-kavelashvili', name: 'Mikheil Kavelashvili', country: 'GE', titles: HOS, description: 'President of Georgia since December 2024, chosen by an electoral college whose legitimacy the opposition disputes.', surnames: ['Kavelashvili'] },
  { slug: 'salome-zourabichvili', name: 'Salome Zourabichvili', country: 'GE', titles: [], description: 'Former President of Georgia (2018–2024).', names: ['Salome Zurabishvili'], surnames: ['Zourabichvili', 'Zurabishvili'] },
  { slug: 'bidzina-ivanishvili', name: 'Bidzina Ivanishvili', country: 'GE', titles: [], description: 'Billionaire founder and honorary chairman of the Georgian Dream party; Prime Minister of Georgia 2012–2013.', surnames: ['Ivanishvili'] },
  { slug: 'mikheil-saakashvili', name: 'Mikheil Saakashvili', country: 'GE', titles: [], description: 'Former President of Georgia (2004–2007, 2008–2013), imprisoned in Georgia since 2021.', names: ['Mikhail Saakashvili'], surnames: ['Saakashvili'] },
  // Armenia and Azerbaijan
  { slug: 'robert-kocharyan', name: 'Robert Kocharyan', country: 'AM', titles: [], description: 'Former President of Armenia (1998–2008).', surnames: ['Kocharyan'] },
  { slug: 'serzh-sargsyan', name: 'Serzh Sargsyan', country: 'AM', titles: [], description: 'Former President of Armenia (2008–2018), briefly Prime Minister in April 2018.', names: ['Serzh Sarkisian'] },
  { slug: 'heydar-aliyev', name: 'Heydar Aliyev', country: 'AZ', titles: [], description: 'Former President of Azerbaijan (1993–2003) and father of Ilham Aliyev; died in 2003.' },
  { slug: 'mehriban-aliyeva', name: 'Mehriban Aliyeva', country: 'AZ', titles: ['First Vice President'], description: 'First Vice President of Azerbaijan since February 2017; wife of President Ilham Aliyev.', surnames: ['Aliyeva'] },
  { slug: 'hikmet-hajiyev', name: 'Hikmet Hajiyev', country: 'AZ', titles: [], description: 'Foreign policy adviser to the President of Azerbaijan.', names: ['Hikmat Hajiyev'], surnames: ['Hajiyev'] },
  // Central Asia
  { slug: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', country: 'KZ', titles: HOS, description: 'President of Kazakhstan since March 2019.', names: ['Kasym-Zhomart Tokayev', 'Kassym-Zhomart Tokayev'], surnames: ['Tokayev'] },
  { slug: 'olzhas-bektenov', name: 'Olzhas Bektenov', country: 'KZ', titles: PM, description: 'Prime Minister of Kazakhstan since February 2024.', surnames: ['Bektenov'] },
  { slug: 'nursultan-nazarbayev', name: 'Nursultan Nazarbayev', country: 'KZ', titles: [], description: 'Former President of Kazakhstan (1990–2019).', surnames: ['Nazarbayev'] },
  { slug: 'shavkat-mirziyoyev', name: 'Shavkat Mirziyoyev', country: 'UZ', titles: HOS, description: 'President of Uzbekistan since 2016; Prime Minister 2003–2016.', surnames: ['Mirziyoyev'] },
  { slug: 'abdulla-aripov', name: 'Abdulla Aripov', country: 'UZ', titles: PM, description: 'Prime Minister of Uzbekistan since December 2016.', surnames: ['Aripov'] },
  { slug: 'islam-karimov', name: 'Islam Karimov', country: 'UZ', titles: [], description: 'Former President of Uzbekistan (1991–2016); died in 2016.' },
  { slug: 'sadyr-japarov', name: 'Sadyr Japarov', country: 'KG', titles: HOS, description: 'President of Kyrgyzstan since January 2021.', names: ['Sadyr Zhaparov'], surnames: ['Japarov', 'Zhaparov'] },
  { slug: 'adylbek-kasymaliev', name: 'Adylbek Kasymaliev', country: 'KG', titles: [], description: 'Chairman of the Cabinet of Ministers (head of government) of Kyrgyzstan since December 2024.', surnames: ['Kasymaliev'] },
  { slug: 'emomali-rahmon', name: 'Emomali Rahmon', country: 'TJ', titles: HOS, description: 'President of Tajikistan since 1994 and head of state since 1992.', names: ['Emomali Rakhmon'], surnames: ['Rahmon'] },
  { slug: 'kokhir-rasulzoda', name: 'Kokhir Rasulzoda', country: 'TJ', titles: PM, description: 'Prime Minister of Tajikistan since November 2013.', names: ['Qohir Rasulzoda'], surnames: ['Rasulzoda'] },
  { slug: 'serdar-berdimuhamedow', name: 'Serdar Berdimuhamedow', country: 'TM', titles: HOS, description: 'President of Turkmenistan since March 2022.', names: ['Serdar Berdymukhamedov'] },
  { slug: 'gurbanguly-berdimuhamedow', name: 'Gurbanguly Berdimuhamedow', country: 'TM', titles: [], description: 'Former President of Turkmenistan (2007–2022); chairman of the People’s Council (Halk Maslahaty) since 2023.', names: ['Gurbanguly Berdymukhamedov'] },
]);
