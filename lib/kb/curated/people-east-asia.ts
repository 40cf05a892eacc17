import type { PersonRow } from '../people-data';
import { DEF, dated, FM, HOS } from './people-common';

/**
 * China, Hong Kong, Taiwan, Japan, the two Koreas and Mongolia. The G20 office holders of China,
 * Japan and South Korea are in `PEOPLE_G20`. Chinese and Korean surnames alone (Li, Wang, Kim, Lee)
 * name too many people to be aliases.
 */
// biome-ignore format: one person a line reads as a table.
export const PEOPLE_EAST_ASIA: PersonRow[] = dated([
  // China
  { slug: 'hu-jintao', name: 'Hu Jintao', country: 'CN', titles: [], description: 'Former President of China (2003–2013) and General Secretary of the Communist Party (2002–2012).' },
  { slug: 'jiang-zemin', name: 'Jiang Zemin', country: 'CN', titles: [], description: 'Former President of China (1993–2003) and General Secretary of the Communist Party (1989–2002); died in 2022.' },
  { slug: 'wen-jiabao', name: 'Wen Jiabao', country: 'CN', titles: [], description: 'Former Premier of China (2003–2013).' },
  { slug: 'li-keqiang', name: 'Li Keqiang', country: 'CN', titles: [], description: 'Former Premier of China (2013–2023); died in October 2023.' },
  { slug: 'han-zheng', name: 'Han Zheng', country: 'CN', titles: ['Vice President'], description: 'Vice President of China since March 2023.' },
  { slug: 'zhao-leji', name: 'Zhao Leji', country: 'CN', titles: [], description: 'Chairman of the Standing Committee of the National People’s Congress since March 2023.' },
  { slug: 'wang-huning', name: 'Wang Huning', country: 'CN', titles: [], description: 'Chairman of the Chinese People’s Political Consultative Conference since March 2023; the party’s chief ideologue.' },
  { slug: 'cai-qi', name: 'Cai Qi', country: 'CN', titles: [], description: 'Member of the Politburo Standing Committee and director of the Communist Party’s General Office since 2022.' },
  { slug: 'ding-xuexiang', name: 'Ding Xuexiang', country: 'CN', titles: [], description: 'Executive Vice Premier of China since March 2023.' },
  { slug: 'he-lifeng', name: 'He Lifeng', country: 'CN', titles: [], description: 'Vice Premier of China since March 2023 and its lead negotiator in trade talks with the United States.' },
  { slug: 'dong-jun', name: 'Dong Jun', country: 'CN', titles: DEF, description: 'Defence Minister of China since December 2023.' },
  { slug: 'pan-gongsheng', name: 'Pan Gongsheng', country: 'CN', titles: ['central bank governor', 'Central Bank Governor'], description: 'Governor of the People’s Bank of China since July 2023.' },
  { slug: 'qin-gang', name: 'Qin Gang', country: 'CN', titles: [], description: 'Foreign Minister of China from December 2022 until his removal in July 2023.' },
  { slug: 'li-shangfu', name: 'Li Shangfu', country: 'CN', titles: [], description: 'Defence Minister of China from March 2023 until his removal in October 2023.' },
  { slug: 'liu-he', name: 'Liu He', country: 'CN', titles: [], description: 'Former Vice Premier of China (2018–2023) who led trade talks with the United States.' },
  { slug: 'wang-qishan', name: 'Wang Qishan', country: 'CN', titles: [], description: 'Former Vice President of China (2018–2023); head of the party’s anti-corruption commission 2012–2017.' },
  { slug: 'yi-gang', name: 'Yi Gang', country: 'CN', titles: [], description: 'Former Governor of the People’s Bank of China (2018–2023).' },
  { slug: 'zhou-xiaochuan', name: 'Zhou Xiaochuan', country: 'CN', titles: [], description: 'Former Governor of the People’s Bank of China (2002–2018).' },
  { slug: 'bo-xilai', name: 'Bo Xilai', country: 'CN', titles: [], description: 'Former Communist Party chief of Chongqing, jailed for life for corruption in 2013.' },
  { slug: 'mao-ning', name: 'Mao Ning', country: 'CN', titles: [], description: 'Spokesperson of the Chinese Foreign Ministry since 2022.' },
  { slug: 'lin-jian', name: 'Lin Jian', country: 'CN', titles: [], description: 'Spokesperson of the Chinese Foreign Ministry since 2024.' },
  { slug: 'hua-chunying', name: 'Hua Chunying', country: 'CN', titles: [], description: 'Vice Foreign Minister of China since 2024; Foreign Ministry spokesperson from 2012.' },
  { slug: 'liu-xiaobo', name: 'Liu Xiaobo', country: 'CN', titles: [], description: 'Chinese writer and dissident, Nobel Peace laureate 2010, who died in custody in 2017.' },
  { slug: 'ai-weiwei', name: 'Ai Weiwei', country: 'CN', titles: [], description: 'Chinese artist and dissident, living abroad since 2015.' },
  { slug: 'dalai-lama', name: 'Dalai Lama', country: 'CN', titles: [], description: 'Tenzin Gyatso, the 14th Dalai Lama, Tibetan Buddhist leader in exile in India since 1959; Nobel Peace laureate 1989.', names: ['Tenzin Gyatso', '14th Dalai Lama'] },
  // Hong Kong
  { slug: 'john-lee-ka-chiu', name: 'John Lee Ka-chiu', country: 'HK', titles: ['Chief Executive'], description: 'Chief Executive of Hong Kong since July 2022.' },
  { slug: 'carrie-lam', name: 'Carrie Lam', country: 'HK', titles: [], description: 'Former Chief Executive of Hong Kong (2017–2022).' },
  { slug: 'jimmy-lai', name: 'Jimmy Lai', country: 'HK', titles: [], description: 'Hong Kong media owner who founded Apple Daily, jailed since 2020 and tried under the national security law.' },
  { slug: 'joshua-wong', name: 'Joshua Wong', country: 'HK', titles: [], description: 'Hong Kong pro-democracy activist, jailed since 2020.' },
  // Taiwan
  { slug: 'lai-ching-te', name: 'Lai Ching-te', country: 'TW', titles: HOS, description: 'President of Taiwan since May 2024; Vice President 2020–2024.', names: ['William Lai', 'William Lai Ching-te'] },
  { slug: 'hsiao-bi-khim', name: 'Hsiao Bi-khim', country: 'TW', titles: ['Vice President'], description: 'Vice President of Taiwan since May 2024.' },
  { slug: 'cho-jung-tai', name: 'Cho Jung-tai', country: 'TW', titles: ['Premier'], description: 'Premier of Taiwan since May 2024.' },
  { slug: 'lin-chia-lung', name: 'Lin Chia-lung', country: 'TW', titles: FM, description: 'Foreign Minister of Taiwan since May 2024.' },
  { slug: 'wellington-koo', name: 'Wellington Koo', country: 'TW', titles: DEF, description: 'Defence Minister of Taiwan since May 2024.' },
  { slug: 'tsai-ing-wen', name: 'Tsai Ing-wen', country: 'TW', titles: [], description: 'Former President of Taiwan (2016–2024).' },
  { slug: 'ma-ying-jeou', name: 'Ma Ying-jeou', country: 'TW', titles: [], description: 'Former President of Taiwan (2008–2016).' },
  { slug: 'chen-shui-bian', name: 'Chen Shui-bian', country: 'TW', titles: [], description: 'Former President of Taiwan (2000–2008).' },
  // Japan
  { slug: 'shigeru-ishiba', name: 'Shigeru Ishiba', country: 'JP', titles: [], description: 'Former Prime Minister of Japan (2024–2025).', surnames: ['Ishiba'], asOf: '2025-10-21' },
  { slug: 'fumio-kishida', name: 'Fumio Kishida', country: 'JP', titles: [], description: 'Former Prime Minister of Japan (2021–2024); Foreign Minister 2012–2017.', surnames: ['Kishida'] },
  { slug: 'yoshihide-suga', name: 'Yoshihide Suga', country: 'JP', titles: [], description: 'Former Prime Minister of Japan (2020–2021).' },
  { slug: 'shinzo-abe', name: 'Shinzo Abe', country: 'JP', titles: [], description: 'Former Prime Minister of Japan (2006–2007, 2012–2020), assassinated in July 2022.' },
  { slug: 'junichiro-koizumi', name: 'Junichiro Koizumi', country: 'JP', titles: [], description: 'Former Prime Minister of Japan (2001–2006).' },
  { slug: 'yoshihiko-noda', name: 'Yoshihiko Noda', country: 'JP', titles: [], description: 'Leader of the Constitutional Democratic Party of Japan since September 2024; Prime Minister 2011–2012.' },
  { slug: 'shinjiro-koizumi', name: 'Shinjiro Koizumi', country: 'JP', titles: DEF, description: 'Defence Minister of Japan since October 2025; Agriculture Minister May–October 2025.', asOf: '2025-10-21' },
  { slug: 'takeshi-iwaya', name: 'Takeshi Iwaya', country: 'JP', titles: [], description: 'Former Foreign Minister of Japan (2024–2025).', surnames: ['Iwaya'], asOf: '2025-10-21' },
  { slug: 'kazuo-ueda', name: 'Kazuo Ueda', country: 'JP', titles: ['central bank governor', 'Central Bank Governor'], description: 'Governor of the Bank of Japan since April 2023.' },
  { slug: 'haruhiko-kuroda', name: 'Haruhiko Kuroda', country: 'JP', titles: [], description: 'Former Governor of the Bank of Japan (2013–2023).', surnames: ['Kuroda'] },
  { slug: 'akihito', name: 'Akihito', country: 'JP', titles: [], description: 'Former Emperor of Japan (1989–2019), who abdicated in April 2019.', names: ['Emperor Akihito', 'Emperor Emeritus Akihito'] },
  // South Korea
  { slug: 'yoon-suk-yeol', name: 'Yoon Suk Yeol', country: 'KR', titles: [], description: 'Former President of South Korea (2022–2025), removed from office in April 2025 after declaring martial law in December 2024.', names: ['Yoon Suk-yeol'] },
  { slug: 'han-duck-soo', name: 'Han Duck-soo', country: 'KR', titles: [], description: 'Former Prime Minister of South Korea (2022–2025), twice acting president in 2024–2025.', names: ['Han Duck Soo'] },
  { slug: 'moon-jae-in', name: 'Moon Jae-in', country: 'KR', titles: [], description: 'Former President of South Korea (2017–2022).', names: ['Moon Jae In'] },
  { slug: 'park-geun-hye', name: 'Park Geun-hye', country: 'KR', titles: [], description: 'Former President of South Korea (2013–2017), impeached and removed from office in 2017.', names: ['Park Geun Hye'] },
  { slug: 'lee-myung-bak', name: 'Lee Myung-bak', country: 'KR', titles: [], description: 'Former President of South Korea (2008–2013).', names: ['Lee Myung Bak'] },
  { slug: 'roh-moo-hyun', name: 'Roh Moo-hyun', country: 'KR', titles: [], description: 'Former President of South Korea (2003–2008); died in 2009.', names: ['Roh Moo Hyun'] },
  { slug: 'kim-dae-jung', name: 'Kim Dae-jung', country: 'KR', titles: [], description: 'Former President of South Korea (1998–2003); Nobel Peace laureate 2000; died in 2009.', names: ['Kim Dae Jung'] },
  { slug: 'rhee-chang-yong', name: 'Rhee Chang-yong', country: 'KR', titles: ['central bank governor', 'Central Bank Governor'], description: 'Governor of the Bank of Korea since April 2022.', names: ['Rhee Chang Yong'] },
  // North Korea
  { slug: 'kim-jong-un', name: 'Kim Jong Un', country: 'KP', titles: ['leader', 'Supreme Leader'], description: 'Supreme Leader of North Korea since December 2011 and General Secretary of the Workers’ Party of Korea.', names: ['Kim Jong-un', 'Kim Jong-Un'] },
  { slug: 'kim-yo-jong', name: 'Kim Yo Jong', country: 'KP', titles: [], description: 'Senior official of the Workers’ Party of Korea and sister of Kim Jong Un.', names: ['Kim Yo-jong'] },
  { slug: 'choe-son-hui', name: 'Choe Son Hui', country: 'KP', titles: FM, description: 'Foreign Minister of North Korea since June 2022.', names: ['Choe Son-hui'] },
  { slug: 'kim-jong-il', name: 'Kim Jong Il', country: 'KP', titles: [], description: 'Leader of North Korea 1994–2011; died in December 2011.', names: ['Kim Jong-il'] },
  { slug: 'kim-il-sung', name: 'Kim Il Sung', country: 'KP', titles: [], description: 'Founding leader of North Korea (1948–1994).', names: ['Kim Il-sung'] },
  // Mongolia
  { slug: 'ukhnaagiin-khurelsukh', name: 'Ukhnaagiin Khürelsükh', country: 'MN', titles: HOS, description: 'President of Mongolia since June 2021.', names: ['Ukhnaa Khurelsukh'], surnames: ['Khürelsükh', 'Khurelsukh'] },
]);
