import type { PersonRow } from '../people-data';
import { DEF, dated, FM, HOS, PM } from './people-common';

/**
 * South-east Asia and Oceania. Prabowo, Sugiono, Albanese and Wong are in `PEOPLE_G20`. Thai
 * politicians are known by their given names, so those are their short aliases.
 */
// biome-ignore format: one person a line reads as a table.
export const PEOPLE_ASIA_PACIFIC: PersonRow[] = dated([
  // Indonesia
  { slug: 'joko-widodo', name: 'Joko Widodo', country: 'ID', titles: [], description: 'Former President of Indonesia (2014–2024).', names: ['Jokowi'] },
  { slug: 'gibran-rakabuming-raka', name: 'Gibran Rakabuming Raka', country: 'ID', titles: ['Vice President'], description: 'Vice President of Indonesia since October 2024; son of Joko Widodo.' },
  { slug: 'susilo-bambang-yudhoyono', name: 'Susilo Bambang Yudhoyono', country: 'ID', titles: [], description: 'Former President of Indonesia (2004–2014).', names: ['SBY'], surnames: ['Yudhoyono'] },
  { slug: 'megawati-sukarnoputri', name: 'Megawati Sukarnoputri', country: 'ID', titles: [], description: 'Former President of Indonesia (2001–2004); leader of the PDI-P party.', names: ['Megawati'] },
  { slug: 'sri-mulyani-indrawati', name: 'Sri Mulyani Indrawati', country: 'ID', titles: [], description: 'Former Finance Minister of Indonesia (2005–2010, 2016–2025); World Bank managing director 2010–2016.', names: ['Sri Mulyani'], asOf: '2025-09-08' },
  { slug: 'retno-marsudi', name: 'Retno Marsudi', country: 'ID', titles: [], description: 'Former Foreign Minister of Indonesia (2014–2024).' },
  // Malaysia, Singapore, Brunei
  { slug: 'anwar-ibrahim', name: 'Anwar Ibrahim', country: 'MY', titles: PM, description: 'Prime Minister of Malaysia since November 2022.' },
  { slug: 'sultan-ibrahim', name: 'Sultan Ibrahim', country: 'MY', titles: ['King'], description: 'King (Yang di-Pertuan Agong) of Malaysia since January 2024; Sultan of Johor.', names: ['Sultan Ibrahim Iskandar'] },
  { slug: 'mahathir-mohamad', name: 'Mahathir Mohamad', country: 'MY', titles: [], description: 'Former Prime Minister of Malaysia (1981–2003, 2018–2020).', surnames: ['Mahathir'] },
  { slug: 'najib-razak', name: 'Najib Razak', country: 'MY', titles: [], description: 'Former Prime Minister of Malaysia (2009–2018), jailed over the 1MDB scandal.', names: ['Najib Abdul Razak'] },
  { slug: 'muhyiddin-yassin', name: 'Muhyiddin Yassin', country: 'MY', titles: [], description: 'Former Prime Minister of Malaysia (2020–2021).', surnames: ['Muhyiddin'] },
  { slug: 'lawrence-wong', name: 'Lawrence Wong', country: 'SG', titles: PM, description: 'Prime Minister of Singapore since May 2024.' },
  { slug: 'tharman-shanmugaratnam', name: 'Tharman Shanmugaratnam', country: 'SG', titles: HOS, description: 'President of Singapore since September 2023.', surnames: ['Tharman'] },
  { slug: 'vivian-balakrishnan', name: 'Vivian Balakrishnan', country: 'SG', titles: FM, description: 'Foreign Minister of Singapore since October 2015.', surnames: ['Balakrishnan'] },
  { slug: 'lee-hsien-loong', name: 'Lee Hsien Loong', country: 'SG', titles: [], description: 'Former Prime Minister of Singapore (2004–2024).' },
  { slug: 'lee-kuan-yew', name: 'Lee Kuan Yew', country: 'SG', titles: [], description: 'Founding Prime Minister of Singapore (1959–1990); died in 2015.' },
  { slug: 'goh-chok-tong', name: 'Goh Chok Tong', country: 'SG', titles: [], description: 'Former Prime Minister of Singapore (1990–2004).' },
  { slug: 'hassanal-bolkiah', name: 'Hassanal Bolkiah', country: 'BN', titles: ['Sultan'], description: 'Sultan of Brunei since 1967, also its Prime Minister.', names: ['Sultan Hassanal Bolkiah'] },
  // Thailand
  { slug: 'anutin-charnvirakul', name: 'Anutin Charnvirakul', country: 'TH', titles: PM, description: 'Prime Minister of Thailand since September 2025; leader of the Bhumjaithai party.', surnames: ['Anutin'], asOf: '2025-09-07' },
  { slug: 'vajiralongkorn', name: 'Vajiralongkorn', country: 'TH', titles: ['King'], description: 'King of Thailand (Rama X) since October 2016.', names: ['King Vajiralongkorn', 'King Maha Vajiralongkorn', 'Rama X'] },
  { slug: 'bhumibol-adulyadej', name: 'Bhumibol Adulyadej', country: 'TH', titles: [], description: 'Former King of Thailand (1946–2016); died in 2016.', names: ['King Bhumibol'] },
  { slug: 'paetongtarn-shinawatra', name: 'Paetongtarn Shinawatra', country: 'TH', titles: [], description: 'Former Prime Minister of Thailand (2024–2025), removed by the Constitutional Court in August 2025.', surnames: ['Paetongtarn'], asOf: '2025-09-07' },
  { slug: 'thaksin-shinawatra', name: 'Thaksin Shinawatra', country: 'TH', titles: [], description: 'Former Prime Minister of Thailand (2001–2006), ousted in a 2006 coup.', surnames: ['Thaksin'] },
  { slug: 'yingluck-shinawatra', name: 'Yingluck Shinawatra', country: 'TH', titles: [], description: 'Former Prime Minister of Thailand (2011–2014).', surnames: ['Yingluck'] },
  { slug: 'prayut-chan-o-cha', name: 'Prayut Chan-o-cha', country: 'TH', titles: [], description: 'Former Prime Minister of Thailand (2014–2023), who led the 2014 coup.', names: ['Prayuth Chan-ocha'], surnames: ['Prayut', 'Prayuth'] },
  { slug: 'srettha-thavisin', name: 'Srettha Thavisin', country: 'TH', titles: [], description: 'Former Prime Minister of Thailand (2023–2024).', surnames: ['Srettha'] },
  // Vietnam, Laos, Cambodia, Myanmar
  { slug: 'to-lam', name: 'Tô Lâm', country: 'VN', titles: ['General Secretary', 'party chief'], description: 'General Secretary of the Communist Party of Vietnam since August 2024; President May–October 2024.' },
  { slug: 'luong-cuong', name: 'Lương Cường', country: 'VN', titles: HOS, description: 'President of Vietnam since October 2024.' },
  { slug: 'pham-minh-chinh', name: 'Phạm Minh Chính', country: 'VN', titles: PM, description: 'Prime Minister of Vietnam since April 2021.' },
  { slug: 'nguyen-phu-trong', name: 'Nguyễn Phú Trọng', country: 'VN', titles: [], description: 'General Secretary of the Communist Party of Vietnam 2011–2024; died in July 2024.', names: ['Nguyen Phu Trong'] },
  { slug: 'thongloun-sisoulith', name: 'Thongloun Sisoulith', country: 'LA', titles: HOS, description: 'President of Laos since March 2021.', surnames: ['Sisoulith'] },
  { slug: 'sonexay-siphandone', name: 'Sonexay Siphandone', country: 'LA', titles: PM, description: 'Prime Minister of Laos since December 2022.' },
  { slug: 'hun-manet', name: 'Hun Manet', country: 'KH', titles: PM, description: 'Prime Minister of Cambodia since August 2023.' },
  { slug: 'hun-sen', name: 'Hun Sen', country: 'KH', titles: [], description: 'Prime Minister of Cambodia 1985–2023; President of the Senate since April 2024.' },
  { slug: 'norodom-sihamoni', name: 'Norodom Sihamoni', country: 'KH', titles: ['King'], description: 'King of Cambodia since October 2004.', names: ['King Norodom Sihamoni'] },
  { slug: 'min-aung-hlaing', name: 'Min Aung Hlaing', country: 'MM', titles: [], description: 'Commander-in-chief of Myanmar’s armed forces since 2011, who seized power in the February 2021 coup and has led the military government since.' },
  { slug: 'aung-san-suu-kyi', name: 'Aung San Suu Kyi', country: 'MM', titles: [], description: 'State Counsellor of Myanmar 2016–2021, detained since the 2021 coup; Nobel Peace laureate 1991.', names: ['Suu Kyi', 'Daw Aung San Suu Kyi'] },
  // Philippines, Timor-Leste
  { slug: 'bongbong-marcos', name: 'Ferdinand Marcos Jr.', country: 'PH', titles: HOS, description: 'President of the Philippines since June 2022.', names: ['Bongbong Marcos', 'Ferdinand R. Marcos Jr.', 'Ferdinand Marcos Jr', 'Marcos Jr.'] },
  { slug: 'sara-duterte', name: 'Sara Duterte', country: 'PH', titles: ['Vice President'], description: 'Vice President of the Philippines since June 2022; impeached by the House of Representatives in February 2025.' },
  { slug: 'rodrigo-duterte', name: 'Rodrigo Duterte', country: 'PH', titles: [], description: 'Former President of the Philippines (2016–2022), arrested on an International Criminal Court warrant in March 2025.' },
  { slug: 'gloria-macapagal-arroyo', name: 'Gloria Macapagal Arroyo', country: 'PH', titles: [], description: 'Former President of the Philippines (2001–2010).' },
  { slug: 'benigno-aquino-iii', name: 'Benigno Aquino III', country: 'PH', titles: [], description: 'Former President of the Philippines (2010–2016); died in 2021.', names: ['Noynoy Aquino'] },
  { slug: 'jose-ramos-horta', name: 'José Ramos-Horta', country: 'TL', titles: HOS, description: 'President of Timor-Leste since May 2022 (also 2007–2012); Nobel Peace laureate 1996.', surnames: ['Ramos-Horta'] },
  { slug: 'xanana-gusmao', name: 'Xanana Gusmão', country: 'TL', titles: PM, description: 'Prime Minister of Timor-Leste since July 2023; its first President 2002–2007.', surnames: ['Gusmão'] },
  // Australia and New Zealand
  { slug: 'richard-marles', name: 'Richard Marles', country: 'AU', titles: ['Deputy Prime Minister', ...DEF], description: 'Deputy Prime Minister and Defence Minister of Australia since May 2022.', surnames: ['Marles'] },
  { slug: 'jim-chalmers', name: 'Jim Chalmers', country: 'AU', titles: ['Treasurer'], description: 'Treasurer of Australia since May 2022.', surnames: ['Chalmers'] },
  { slug: 'sussan-ley', name: 'Sussan Ley', country: 'AU', titles: ['opposition leader', 'Leader of the Opposition'], description: 'Leader of the Liberal Party and Leader of the Opposition in Australia since May 2025.' },
  { slug: 'peter-dutton', name: 'Peter Dutton', country: 'AU', titles: [], description: 'Former Leader of the Opposition in Australia (2022–2025); Defence Minister 2021–2022.', surnames: ['Dutton'] },
  { slug: 'scott-morrison', name: 'Scott Morrison', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (2018–2022).' },
  { slug: 'malcolm-turnbull', name: 'Malcolm Turnbull', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (2015–2018).', surnames: ['Turnbull'] },
  { slug: 'tony-abbott', name: 'Tony Abbott', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (2013–2015).' },
  { slug: 'kevin-rudd', name: 'Kevin Rudd', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (2007–2010, 2013); ambassador to the United States since 2023.', surnames: ['Rudd'] },
  { slug: 'julia-gillard', name: 'Julia Gillard', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (2010–2013).', surnames: ['Gillard'] },
  { slug: 'john-howard', name: 'John Howard', country: 'AU', titles: [], description: 'Former Prime Minister of Australia (1996–2007).' },
  { slug: 'christopher-luxon', name: 'Christopher Luxon', country: 'NZ', titles: PM, description: 'Prime Minister of New Zealand since November 2023.', surnames: ['Luxon'] },
  { slug: 'winston-peters', name: 'Winston Peters', country: 'NZ', titles: FM, description: 'Foreign Minister of New Zealand since November 2023; leader of New Zealand First.' },
  { slug: 'jacinda-ardern', name: 'Jacinda Ardern', country: 'NZ', titles: [], description: 'Former Prime Minister of New Zealand (2017–2023).', surnames: ['Ardern'] },
  { slug: 'chris-hipkins', name: 'Chris Hipkins', country: 'NZ', titles: [], description: 'Former Prime Minister of New Zealand (January–November 2023); Labour leader since 2023.', surnames: ['Hipkins'] },
  // Pacific islands
  { slug: 'james-marape', name: 'James Marape', country: 'PG', titles: PM, description: 'Prime Minister of Papua New Guinea since May 2019.', surnames: ['Marape'] },
  { slug: 'sitiveni-rabuka', name: 'Sitiveni Rabuka', country: 'FJ', titles: PM, description: 'Prime Minister of Fiji since December 2022 (also 1992–1999).', surnames: ['Rabuka'] },
  { slug: 'jeremiah-manele', name: 'Jeremiah Manele', country: 'SB', titles: PM, description: 'Prime Minister of Solomon Islands since May 2024.', surnames: ['Manele'] },
  { slug: 'jotham-napat', name: 'Jotham Napat', country: 'VU', titles: PM, description: 'Prime Minister of Vanuatu since February 2025.' },
  { slug: 'taneti-maamau', name: 'Taneti Maamau', country: 'KI', titles: HOS, description: 'President of Kiribati since 2016.', surnames: ['Maamau'] },
  { slug: 'surangel-whipps-jr', name: 'Surangel Whipps Jr.', country: 'PW', titles: HOS, description: 'President of Palau since January 2021.' },
  { slug: 'hilda-heine', name: 'Hilda Heine', country: 'MH', titles: HOS, description: 'President of the Marshall Islands since January 2024 (also 2016–2020).' },
  { slug: 'wesley-simina', name: 'Wesley Simina', country: 'FM', titles: HOS, description: 'President of the Federated States of Micronesia since May 2023.' },
  { slug: 'david-adeang', name: 'David Adeang', country: 'NR', titles: HOS, description: 'President of Nauru since October 2023.' },
  { slug: 'feleti-teo', name: 'Feleti Teo', country: 'TV', titles: PM, description: 'Prime Minister of Tuvalu since February 2024.' },
]);
