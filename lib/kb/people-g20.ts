import type { PersonRow } from './people-data';

const HOS = ['President'];
const PM = ['Prime Minister', 'PM'];
const FM = ['Foreign Minister'];

/** G20 and EU office holders not already in `PEOPLE`; same caveats on `asOf`. */
// biome-ignore format: one office holder a line reads as a table.
export const PEOPLE_G20: PersonRow[] = [
  { slug: 'javier-milei', name: 'Javier Milei', country: 'AR', titles: HOS, description: 'President of Argentina since December 2023.', surnames: ['Milei'] },
  { slug: 'pablo-quirno', name: 'Pablo Quirno', country: 'AR', titles: FM, description: 'Foreign Minister of Argentina since October 2025.', surnames: ['Quirno'], asOf: '2025-10-27' },
  { slug: 'anthony-albanese', name: 'Anthony Albanese', country: 'AU', titles: PM, description: 'Prime Minister of Australia since May 2022.', surnames: ['Albanese'] },
  { slug: 'penny-wong', name: 'Penny Wong', country: 'AU', titles: FM, description: 'Foreign Minister of Australia since May 2022.', surnames: ['Wong'] },
  { slug: 'lula-da-silva', name: 'Luiz Inácio Lula da Silva', country: 'BR', titles: HOS, description: 'President of Brazil since January 2023 (also 2003–2010).', names: ['Lula da Silva', 'Lula'] },
  { slug: 'mauro-vieira', name: 'Mauro Vieira', country: 'BR', titles: FM, description: 'Foreign Minister of Brazil since January 2023.', surnames: ['Vieira'] },
  { slug: 'mark-carney', name: 'Mark Carney', country: 'CA', titles: PM, description: 'Prime Minister of Canada since March 2025.', surnames: ['Carney'] },
  { slug: 'anita-anand', name: 'Anita Anand', country: 'CA', titles: FM, description: 'Foreign Minister of Canada since May 2025.', surnames: ['Anand'] },
  { slug: 'xi-jinping', name: 'Xi Jinping', country: 'CN', titles: [...HOS, 'leader'], description: 'President of China since 2013 and General Secretary of the Communist Party since 2012.', surnames: ['Xi'] },
  // Chinese surnames Li and Wang alone name too many people to be useful.
  { slug: 'li-qiang', name: 'Li Qiang', country: 'CN', titles: ['Premier'], description: 'Premier of China since March 2023.' },
  { slug: 'wang-yi', name: 'Wang Yi', country: 'CN', titles: FM, description: 'Foreign Minister of China since January 2023 (also 2013–2022).' },
  { slug: 'emmanuel-macron', name: 'Emmanuel Macron', country: 'FR', titles: HOS, description: 'President of France since May 2017.', surnames: ['Macron'] },
  { slug: 'sebastien-lecornu', name: 'Sébastien Lecornu', country: 'FR', titles: PM, description: 'Prime Minister of France since September 2025.', surnames: ['Lecornu'], asOf: '2025-10-14' },
  { slug: 'jean-noel-barrot', name: 'Jean-Noël Barrot', country: 'FR', titles: FM, description: 'Foreign Minister of France since September 2024.', surnames: ['Barrot'], asOf: '2025-10-14' },
  { slug: 'frank-walter-steinmeier', name: 'Frank-Walter Steinmeier', country: 'DE', titles: HOS, description: 'President of Germany since March 2017.', surnames: ['Steinmeier'] },
  { slug: 'friedrich-merz', name: 'Friedrich Merz', country: 'DE', titles: ['Chancellor'], description: 'Chancellor of Germany since May 2025.', surnames: ['Merz'] },
  { slug: 'johann-wadephul', name: 'Johann Wadephul', country: 'DE', titles: FM, description: 'Foreign Minister of Germany since May 2025.', surnames: ['Wadephul'] },
  { slug: 'droupadi-murmu', name: 'Droupadi Murmu', country: 'IN', titles: HOS, description: 'President of India since July 2022.', surnames: ['Murmu'] },
  { slug: 'narendra-modi', name: 'Narendra Modi', country: 'IN', titles: PM, description: 'Prime Minister of India since May 2014.', surnames: ['Modi'] },
  { slug: 'subrahmanyam-jaishankar', name: 'Subrahmanyam Jaishankar', country: 'IN', titles: [...FM, 'External Affairs Minister'], description: 'External Affairs Minister of India since May 2019.', names: ['S. Jaishankar'], surnames: ['Jaishankar'] },
  { slug: 'prabowo-subianto', name: 'Prabowo Subianto', country: 'ID', titles: HOS, description: 'President of Indonesia since October 2024.', surnames: ['Prabowo'] },
  { slug: 'sugiono', name: 'Sugiono', country: 'ID', titles: FM, description: 'Foreign Minister of Indonesia since October 2024 (he uses one name).' },
  { slug: 'sergio-mattarella', name: 'Sergio Mattarella', country: 'IT', titles: HOS, description: 'President of Italy since February 2015.', surnames: ['Mattarella'] },
  { slug: 'giorgia-meloni', name: 'Giorgia Meloni', country: 'IT', titles: PM, description: 'Prime Minister of Italy since October 2022.', surnames: ['Meloni'] },
  { slug: 'antonio-tajani', name: 'Antonio Tajani', country: 'IT', titles: FM, description: 'Foreign Minister of Italy since October 2022.', surnames: ['Tajani'] },
  { slug: 'naruhito', name: 'Naruhito', country: 'JP', titles: ['Emperor'], description: 'Emperor of Japan since May 2019.', names: ['Emperor Naruhito'] },
  { slug: 'sanae-takaichi', name: 'Sanae Takaichi', country: 'JP', titles: PM, description: 'Prime Minister of Japan since October 2025.', surnames: ['Takaichi'], asOf: '2025-10-21' },
  { slug: 'toshimitsu-motegi', name: 'Toshimitsu Motegi', country: 'JP', titles: FM, description: 'Foreign Minister of Japan since October 2025 (also 2019–2021).', surnames: ['Motegi'], asOf: '2025-10-21' },
  { slug: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', country: 'MX', titles: HOS, description: 'President of Mexico since October 2024.', names: ['Claudia Sheinbaum Pardo'], surnames: ['Sheinbaum'] },
  // The curator is less sure this office holder is still in place after mid-2025.
  { slug: 'juan-ramon-de-la-fuente', name: 'Juan Ramón de la Fuente', country: 'MX', titles: FM, description: 'Foreign Secretary of Mexico since October 2024.', surnames: ['de la Fuente'], asOf: '2025-06-01' },
  { slug: 'salman-bin-abdulaziz', name: 'Salman bin Abdulaziz Al Saud', country: 'SA', titles: ['King'], description: 'King of Saudi Arabia since January 2015.', names: ['King Salman'] },
  { slug: 'mohammed-bin-salman', name: 'Mohammed bin Salman', country: 'SA', titles: ['Crown Prince', ...PM], description: 'Crown Prince since 2017 and Prime Minister of Saudi Arabia since September 2022.', names: ['Mohammed bin Salman Al Saud', 'Mohammad bin Salman', 'MBS'], surnames: ['bin Salman'] },
  { slug: 'faisal-bin-farhan', name: 'Faisal bin Farhan Al Saud', country: 'SA', titles: FM, description: 'Foreign Minister of Saudi Arabia since October 2019.', names: ['Faisal bin Farhan', 'Prince Faisal bin Farhan'], surnames: ['bin Farhan'] },
  { slug: 'cyril-ramaphosa', name: 'Cyril Ramaphosa', country: 'ZA', titles: HOS, description: 'President of South Africa since February 2018.', surnames: ['Ramaphosa'] },
  { slug: 'ronald-lamola', name: 'Ronald Lamola', country: 'ZA', titles: [...FM, 'Minister of International Relations'], description: 'Minister of International Relations and Cooperation of South Africa since July 2024.', surnames: ['Lamola'] },
  // Korean surnames Lee, Kim and Cho alone name too many people to be useful.
  { slug: 'lee-jae-myung', name: 'Lee Jae-myung', country: 'KR', titles: HOS, description: 'President of South Korea since June 2025.', names: ['Lee Jae Myung'] },
  { slug: 'kim-min-seok', name: 'Kim Min-seok', country: 'KR', titles: PM, description: 'Prime Minister of South Korea since July 2025.', names: ['Kim Min Seok'] },
  { slug: 'cho-hyun', name: 'Cho Hyun', country: 'KR', titles: FM, description: 'Foreign Minister of South Korea since July 2025.' },
  { slug: 'charles-iii', name: 'Charles III', country: 'GB', titles: ['King'], description: 'King of the United Kingdom (and of Canada, Australia and other realms) since September 2022.', names: ['King Charles III', 'King Charles'] },
  { slug: 'keir-starmer', name: 'Keir Starmer', country: 'GB', titles: PM, description: 'Prime Minister of the United Kingdom since July 2024.', names: ['Sir Keir Starmer'], surnames: ['Starmer'] },
  { slug: 'yvette-cooper', name: 'Yvette Cooper', country: 'GB', titles: ['Foreign Secretary'], description: 'Foreign Secretary of the United Kingdom since September 2025.', surnames: ['Cooper'] },
  { slug: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', country: 'DE', office: 'EU', titles: ['Commission President', 'Commission chief'], description: 'President of the European Commission since December 2019.', surnames: ['von der Leyen'] },
  { slug: 'antonio-costa', name: 'António Costa', country: 'PT', office: 'EU', titles: ['Council President'], description: 'President of the European Council since December 2024; Prime Minister of Portugal 2015–2024.', surnames: ['Costa'] },
  { slug: 'kaja-kallas', name: 'Kaja Kallas', country: 'EE', office: 'EU', titles: ['foreign policy chief', 'High Representative'], description: 'EU High Representative for Foreign Affairs and Security Policy since December 2024.', surnames: ['Kallas'] },
];
