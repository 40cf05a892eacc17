/**
 * Office holders, curated by hand from memory of Wikipedia's "List of current heads of state and
 * government" and "List of current foreign ministers" (not re-checked online when written). `asOf`
 * is the last date the curator is sure the person held the office; re-check before relying on it.
 */
export interface PersonRow {
  slug: string;
  name: string;
  /** Nationality, ISO2. */
  country: string;
  /** Whose office, for title phrases: ISO2 or `EU`; defaults to `country`. */
  office?: string;
  /** Office titles without the state ("Foreign Minister"); phrases are generated from them. */
  titles: string[];
  description: string;
  names?: string[];
  surnames?: string[];
  asOf?: string;
}

const HOS = ['President'];
const PM = ['Prime Minister', 'PM'];
const FM = ['Foreign Minister'];

// biome-ignore format: one office holder a line reads as a table.
export const PEOPLE: PersonRow[] = [
  { slug: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', country: 'TR', titles: HOS, description: 'President of Türkiye since August 2014; Prime Minister 2003–2014.', names: ['Tayyip Erdoğan'], surnames: ['Erdoğan'] },
  { slug: 'hakan-fidan', name: 'Hakan Fidan', country: 'TR', titles: FM, description: 'Foreign Minister of Türkiye since June 2023; intelligence (MIT) chief 2010–2023.', surnames: ['Fidan'] },
  { slug: 'vladimir-putin', name: 'Vladimir Putin', country: 'RU', titles: HOS, description: 'President of Russia since 2012 (also 2000–2008); Prime Minister 2008–2012.', names: ['Vladimir Vladimirovich Putin'], surnames: ['Putin'] },
  { slug: 'mikhail-mishustin', name: 'Mikhail Mishustin', country: 'RU', titles: PM, description: 'Prime Minister of Russia since January 2020.', surnames: ['Mishustin'] },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', country: 'RU', titles: FM, description: 'Foreign Minister of Russia since March 2004.', names: ['Sergei Lavrov'], surnames: ['Lavrov'] },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', country: 'UA', titles: HOS, description: 'President of Ukraine since May 2019.', names: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'], surnames: ['Zelenskyy', 'Zelensky', 'Zelenskiy'] },
  { slug: 'yulia-svyrydenko', name: 'Yulia Svyrydenko', country: 'UA', titles: PM, description: 'Prime Minister of Ukraine since July 2025.', names: ['Yuliia Svyrydenko'], surnames: ['Svyrydenko'] },
  { slug: 'andrii-sybiha', name: 'Andrii Sybiha', country: 'UA', titles: FM, description: 'Foreign Minister of Ukraine since September 2024.', names: ['Andriy Sybiha'], surnames: ['Sybiha'] },
  { slug: 'donald-trump', name: 'Donald Trump', country: 'US', titles: HOS, description: 'President of the United States since January 2025 (also 2017–2021).', names: ['Donald J. Trump'], surnames: ['Trump'] },
  { slug: 'marco-rubio', name: 'Marco Rubio', country: 'US', titles: ['Secretary of State'], description: 'US Secretary of State since January 2025, also national security adviser since May 2025.', surnames: ['Rubio'] },
  { slug: 'ilham-aliyev', name: 'Ilham Aliyev', country: 'AZ', titles: HOS, description: 'President of Azerbaijan since October 2003.', surnames: ['Aliyev'] },
  { slug: 'ali-asadov', name: 'Ali Asadov', country: 'AZ', titles: PM, description: 'Prime Minister of Azerbaijan since October 2019.', surnames: ['Asadov'] },
  { slug: 'jeyhun-bayramov', name: 'Jeyhun Bayramov', country: 'AZ', titles: FM, description: 'Foreign Minister of Azerbaijan since July 2020.', names: ['Ceyhun Bayramov'], surnames: ['Bayramov'] },
  { slug: 'vahagn-khachaturyan', name: 'Vahagn Khachaturyan', country: 'AM', titles: HOS, description: 'President of Armenia (a largely ceremonial office) since March 2022.', surnames: ['Khachaturyan'] },
  { slug: 'nikol-pashinyan', name: 'Nikol Pashinyan', country: 'AM', titles: PM, description: 'Prime Minister of Armenia since May 2018.', names: ['Nikol Pashinian'], surnames: ['Pashinyan', 'Pashinian'] },
  { slug: 'ararat-mirzoyan', name: 'Ararat Mirzoyan', country: 'AM', titles: FM, description: 'Foreign Minister of Armenia since August 2021.', surnames: ['Mirzoyan'] },
  { slug: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', country: 'SY', titles: HOS, description: 'President of Syria for the transition since January 2025; led HTS, formerly known as Abu Mohammad al-Jolani.', names: ['Ahmad al-Sharaa', 'Abu Mohammad al-Jolani', 'Abu Mohammed al-Jolani'], surnames: ['al-Sharaa', 'Sharaa', 'al-Jolani', 'Jolani'] },
  { slug: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', country: 'SY', titles: FM, description: 'Foreign Minister of Syria since December 2024.', names: ['Asaad Hassan al-Shaibani', "As'ad al-Shaibani"], surnames: ['al-Shaibani', 'Shaibani'] },
  { slug: 'ali-khamenei', name: 'Ali Khamenei', country: 'IR', titles: ['Supreme Leader'], description: 'Supreme Leader of Iran (head of state) since June 1989.', names: ['Ayatollah Ali Khamenei', 'Ayatollah Khamenei'], surnames: ['Khamenei'] },
  { slug: 'masoud-pezeshkian', name: 'Masoud Pezeshkian', country: 'IR', titles: HOS, description: 'President of Iran since July 2024.', surnames: ['Pezeshkian'] },
  { slug: 'abbas-araghchi', name: 'Abbas Araghchi', country: 'IR', titles: FM, description: 'Foreign Minister of Iran since August 2024; chief negotiator in the nuclear talks.', names: ['Abbas Araqchi'], surnames: ['Araghchi', 'Araqchi'] },
];
