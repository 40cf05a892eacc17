import type { PersonRow } from '../people-data';
import { DEF, dated, FM, HOS, PM } from './people-common';

/**
 * The Gulf states, Jordan, Yemen, Egypt and the Maghreb. King Salman, Mohammed bin Salman and Faisal
 * bin Farhan are in `PEOPLE_G20`.
 */
// biome-ignore format: one person a line reads as a table.
export const PEOPLE_ARAB_WORLD: PersonRow[] = dated([
  // Saudi Arabia
  { slug: 'abdullah-bin-abdulaziz', name: 'Abdullah bin Abdulaziz Al Saud', country: 'SA', titles: [], description: 'Former King of Saudi Arabia (2005–2015); died in 2015.' },
  { slug: 'khalid-bin-salman', name: 'Khalid bin Salman Al Saud', country: 'SA', titles: DEF, description: 'Defence Minister of Saudi Arabia since September 2022; ambassador to the United States 2017–2019.', names: ['Khalid bin Salman', 'Prince Khalid bin Salman'] },
  { slug: 'abdulaziz-bin-salman', name: 'Abdulaziz bin Salman Al Saud', country: 'SA', titles: ['Energy Minister', 'Oil Minister'], description: 'Energy Minister of Saudi Arabia since September 2019.', names: ['Abdulaziz bin Salman', 'Prince Abdulaziz bin Salman'] },
  { slug: 'adel-al-jubeir', name: 'Adel al-Jubeir', country: 'SA', titles: [], description: 'Saudi Minister of State for Foreign Affairs and climate envoy; Foreign Minister 2015–2018.', surnames: ['al-Jubeir', 'Jubeir'] },
  { slug: 'jamal-khashoggi', name: 'Jamal Khashoggi', country: 'SA', titles: [], description: 'Saudi journalist and Washington Post columnist, murdered in the Saudi consulate in Istanbul in October 2018.', surnames: ['Khashoggi'] },
  { slug: 'osama-bin-laden', name: 'Osama bin Laden', country: 'SA', titles: [], description: 'Founder of al-Qaeda, behind the September 11 attacks; killed by US forces in Pakistan in 2011.', names: ['Usama bin Laden'], surnames: ['bin Laden'] },
  { slug: 'ayman-al-zawahiri', name: 'Ayman al-Zawahiri', country: 'EG', titles: [], description: 'Leader of al-Qaeda 2011–2022, killed in a US drone strike in Kabul in 2022.', surnames: ['al-Zawahiri', 'Zawahiri'] },
  // United Arab Emirates
  { slug: 'mohamed-bin-zayed', name: 'Mohamed bin Zayed Al Nahyan', country: 'AE', titles: HOS, description: 'President of the United Arab Emirates since May 2022 and ruler of Abu Dhabi.', names: ['Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ', 'Sheikh Mohamed bin Zayed'] },
  { slug: 'mohammed-bin-rashid', name: 'Mohammed bin Rashid Al Maktoum', country: 'AE', titles: ['Vice President', ...PM], description: 'Vice President and Prime Minister of the United Arab Emirates and ruler of Dubai since 2006.', names: ['Mohammed bin Rashid', 'Sheikh Mohammed bin Rashid'] },
  { slug: 'abdullah-bin-zayed', name: 'Abdullah bin Zayed Al Nahyan', country: 'AE', titles: FM, description: 'Foreign Minister of the United Arab Emirates since 2006.', names: ['Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed'] },
  { slug: 'tahnoun-bin-zayed', name: 'Tahnoun bin Zayed Al Nahyan', country: 'AE', titles: ['National Security Adviser'], description: 'National Security Adviser of the United Arab Emirates since 2016.', names: ['Tahnoun bin Zayed', 'Sheikh Tahnoun bin Zayed'] },
  { slug: 'khalifa-bin-zayed', name: 'Khalifa bin Zayed Al Nahyan', country: 'AE', titles: [], description: 'Former President of the United Arab Emirates (2004–2022); died in May 2022.', names: ['Khalifa bin Zayed'] },
  // Qatar, Kuwait, Bahrain, Oman
  { slug: 'tamim-bin-hamad', name: 'Tamim bin Hamad Al Thani', country: 'QA', titles: ['Emir'], description: 'Emir of Qatar since June 2013.', names: ['Tamim bin Hamad', 'Sheikh Tamim', 'Sheikh Tamim bin Hamad Al Thani'] },
  { slug: 'mohammed-bin-abdulrahman-al-thani', name: 'Mohammed bin Abdulrahman Al Thani', country: 'QA', titles: [...PM, ...FM], description: 'Prime Minister of Qatar since March 2023 and Foreign Minister since 2016.', names: ['Mohammed bin Abdulrahman', 'Sheikh Mohammed bin Abdulrahman'] },
  { slug: 'hamad-bin-khalifa', name: 'Hamad bin Khalifa Al Thani', country: 'QA', titles: [], description: 'Former Emir of Qatar (1995–2013), who abdicated in favour of his son Tamim.', names: ['Hamad bin Khalifa'] },
  { slug: 'mishal-al-ahmad', name: 'Mishal Al-Ahmad Al-Jaber Al-Sabah', country: 'KW', titles: ['Emir'], description: 'Emir of Kuwait since December 2023.', names: ['Sheikh Mishal Al-Ahmad', 'Mishal al-Ahmad al-Sabah'] },
  { slug: 'ahmad-abdullah-al-sabah', name: 'Ahmad Abdullah Al-Ahmad Al-Sabah', country: 'KW', titles: PM, description: 'Prime Minister of Kuwait since May 2024.', names: ['Sheikh Ahmad Abdullah Al-Sabah'] },
  { slug: 'hamad-bin-isa', name: 'Hamad bin Isa Al Khalifa', country: 'BH', titles: ['King'], description: 'King of Bahrain since 2002 (Emir from 1999).', names: ['King Hamad', 'Hamad bin Isa'] },
  { slug: 'salman-bin-hamad', name: 'Salman bin Hamad Al Khalifa', country: 'BH', titles: ['Crown Prince', ...PM], description: 'Crown Prince of Bahrain since 1999 and Prime Minister since November 2020.', names: ['Salman bin Hamad'] },
  { slug: 'haitham-bin-tariq', name: 'Haitham bin Tariq', country: 'OM', titles: ['Sultan'], description: 'Sultan of Oman since January 2020.', names: ['Sultan Haitham', 'Haitham bin Tarik'] },
  { slug: 'qaboos-bin-said', name: 'Qaboos bin Said', country: 'OM', titles: [], description: 'Former Sultan of Oman (1970–2020); died in January 2020.', names: ['Sultan Qaboos'] },
  { slug: 'badr-albusaidi', name: 'Badr Albusaidi', country: 'OM', titles: FM, description: 'Foreign Minister of Oman since August 2020; mediator in US–Iran talks.', names: ['Badr bin Hamad Albusaidi', 'Badr al-Busaidi'], surnames: ['Albusaidi', 'al-Busaidi'] },
  // Jordan and Yemen
  { slug: 'abdullah-ii', name: 'Abdullah II', country: 'JO', titles: ['King'], description: 'King of Jordan since February 1999.', names: ['King Abdullah II', 'King Abdullah II of Jordan', 'King Abdullah'] },
  { slug: 'queen-rania', name: 'Queen Rania', country: 'JO', titles: [], description: 'Queen of Jordan since 1999, wife of King Abdullah II.', names: ['Queen Rania of Jordan'] },
  { slug: 'jafar-hassan', name: 'Jafar Hassan', country: 'JO', titles: PM, description: 'Prime Minister of Jordan since September 2024.' },
  { slug: 'ayman-safadi', name: 'Ayman Safadi', country: 'JO', titles: FM, description: 'Foreign Minister of Jordan since January 2017.', surnames: ['Safadi'] },
  { slug: 'abdul-malik-al-houthi', name: 'Abdul-Malik al-Houthi', country: 'YE', titles: [], description: 'Leader of Yemen’s Houthi movement (Ansar Allah) since 2004.', names: ['Abdulmalik al-Houthi', 'Abdul Malik al-Houthi'] },
  { slug: 'rashad-al-alimi', name: 'Rashad al-Alimi', country: 'YE', titles: [], description: 'Chairman of Yemen’s Presidential Leadership Council, the internationally recognised government, since April 2022.', surnames: ['al-Alimi'] },
  { slug: 'ali-abdullah-saleh', name: 'Ali Abdullah Saleh', country: 'YE', titles: [], description: 'Former President of Yemen (1990–2012, and of North Yemen from 1978); killed in 2017.' },
  { slug: 'abdrabbuh-mansur-hadi', name: 'Abdrabbuh Mansur Hadi', country: 'YE', titles: [], description: 'Former President of Yemen (2012–2022).', names: ['Abd Rabbuh Mansur Hadi'] },
  { slug: 'yahya-saree', name: 'Yahya Saree', country: 'YE', titles: [], description: 'Military spokesman of Yemen’s Houthi movement.', names: ['Yahya Sarea'], surnames: ['Saree'] },
  { slug: 'mohammed-abdulsalam', name: 'Mohammed Abdulsalam', country: 'YE', titles: [], description: 'Spokesman and chief negotiator of Yemen’s Houthi movement.', surnames: ['Abdulsalam'] },
  // Egypt
  { slug: 'abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi', country: 'EG', titles: HOS, description: 'President of Egypt since June 2014; Defence Minister 2012–2014.', names: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sissi'], surnames: ['el-Sisi', 'al-Sisi', 'Sisi', 'Sissi'] },
  { slug: 'mostafa-madbouly', name: 'Mostafa Madbouly', country: 'EG', titles: PM, description: 'Prime Minister of Egypt since June 2018.', names: ['Moustafa Madbouly'], surnames: ['Madbouly'] },
  { slug: 'badr-abdelatty', name: 'Badr Abdelatty', country: 'EG', titles: FM, description: 'Foreign Minister of Egypt since July 2024.', names: ['Badr Abdel Aty'], surnames: ['Abdelatty'] },
  { slug: 'sameh-shoukry', name: 'Sameh Shoukry', country: 'EG', titles: [], description: 'Former Foreign Minister of Egypt (2014–2024).', surnames: ['Shoukry'] },
  { slug: 'hosni-mubarak', name: 'Hosni Mubarak', country: 'EG', titles: [], description: 'Former President of Egypt (1981–2011), ousted in the 2011 uprising; died in 2020.', surnames: ['Mubarak'] },
  { slug: 'mohamed-morsi', name: 'Mohamed Morsi', country: 'EG', titles: [], description: 'Former President of Egypt (2012–2013), deposed by the military; died in 2019.', names: ['Mohammed Morsi', 'Mohamed Mursi'], surnames: ['Morsi', 'Mursi'] },
  { slug: 'ahmed-aboul-gheit', name: 'Ahmed Aboul Gheit', country: 'EG', titles: [], description: 'Secretary-General of the Arab League since 2016; Foreign Minister of Egypt 2004–2011.', surnames: ['Aboul Gheit'] },
  { slug: 'amr-moussa', name: 'Amr Moussa', country: 'EG', titles: [], description: 'Former Secretary-General of the Arab League (2001–2011); Foreign Minister of Egypt 1991–2001.' },
  { slug: 'ahmed-el-tayeb', name: 'Ahmed el-Tayeb', country: 'EG', titles: [], description: 'Grand Imam of al-Azhar since 2010.', names: ['Ahmed al-Tayeb', 'Ahmed al-Tayyeb'] },
  // Libya, Tunisia, Algeria, Morocco
  { slug: 'muammar-gaddafi', name: 'Muammar Gaddafi', country: 'LY', titles: [], description: 'Ruler of Libya from 1969 until his overthrow and death in 2011.', names: ['Moammar Gadhafi', 'Muammar Qaddafi', 'Muammar al-Gaddafi', 'Colonel Gaddafi'] },
  { slug: 'saif-al-islam-gaddafi', name: 'Saif al-Islam Gaddafi', country: 'LY', titles: [], description: 'Son of Muammar Gaddafi, wanted by the ICC, who sought to run for president of Libya in 2021.' },
  { slug: 'khalifa-haftar', name: 'Khalifa Haftar', country: 'LY', titles: [], description: 'Commander of the eastern-based Libyan National Army since 2015.', surnames: ['Haftar'] },
  { slug: 'abdul-hamid-dbeibah', name: 'Abdul Hamid Dbeibah', country: 'LY', titles: [], description: 'Prime Minister of Libya’s Tripoli-based Government of National Unity since March 2021.', names: ['Abdulhamid Dbeibah', 'Abdul Hamid Dbeibeh'], surnames: ['Dbeibah', 'Dbeibeh'] },
  { slug: 'mohamed-al-menfi', name: 'Mohamed al-Menfi', country: 'LY', titles: [], description: 'Chairman of Libya’s Presidential Council since March 2021.', names: ['Mohammed al-Menfi'], surnames: ['al-Menfi'] },
  { slug: 'kais-saied', name: 'Kais Saied', country: 'TN', titles: HOS, description: 'President of Tunisia since October 2019.', names: ['Kaïs Saïed', 'Kais Saïed'], surnames: ['Saied', 'Saïed'] },
  { slug: 'zine-el-abidine-ben-ali', name: 'Zine El Abidine Ben Ali', country: 'TN', titles: [], description: 'Former President of Tunisia (1987–2011), ousted in the 2011 revolution; died in 2019.' },
  { slug: 'rached-ghannouchi', name: 'Rached Ghannouchi', country: 'TN', titles: [], description: 'Leader of Tunisia’s Ennahda party, imprisoned since 2023; Speaker of Parliament 2019–2021.', surnames: ['Ghannouchi'] },
  { slug: 'abdelmadjid-tebboune', name: 'Abdelmadjid Tebboune', country: 'DZ', titles: HOS, description: 'President of Algeria since December 2019.', surnames: ['Tebboune'] },
  { slug: 'ahmed-attaf', name: 'Ahmed Attaf', country: 'DZ', titles: FM, description: 'Foreign Minister of Algeria since March 2023.', surnames: ['Attaf'] },
  { slug: 'abdelaziz-bouteflika', name: 'Abdelaziz Bouteflika', country: 'DZ', titles: [], description: 'Former President of Algeria (1999–2019); died in 2021.', surnames: ['Bouteflika'] },
  { slug: 'mohammed-vi', name: 'Mohammed VI', country: 'MA', titles: ['King'], description: 'King of Morocco since July 1999.', names: ['King Mohammed VI'] },
  { slug: 'aziz-akhannouch', name: 'Aziz Akhannouch', country: 'MA', titles: PM, description: 'Prime Minister of Morocco since October 2021.', surnames: ['Akhannouch'] },
  { slug: 'nasser-bourita', name: 'Nasser Bourita', country: 'MA', titles: FM, description: 'Foreign Minister of Morocco since April 2017.', surnames: ['Bourita'] },
]);
