/**
 * Names of states, capitals, government seats and organisations in the languages of issue 13 that
 * the open data lacks: short forms the press uses ("Китай", "آمریکا", "ABD", "Евросоюз"), the
 * capitals whose cities have only English names in the base (GeoNames rows), government seats
 * ("Кремль", "البيت الأبيض", "白宫") and the organisations' names and abbreviations. Curated from
 * the organisations' own sites in each language and the style of the agencies named in people.ts.
 */
export const PLACES_ORGS = `
# Short and common names of states
state:CN | native | Китай; КНР; Китайская Народная Республика
state:US | native | Соединённые Штаты; Соединенные Штаты; Сполучені Штати; ABD; Amerika; أمريكا; أميركا; الولايات المتحدة; آمریکا; امریکا; ایالات متحده آمریکا; EE. UU.; EEUU; Vereinigte Staaten
state:GB | native | Британия; Британія; Велика Британія; Англия; İngiltere; انگلیس; بريطانيا; 英國
state:SA | native | السعودية; عربستان; 沙特
state:AE | native | الإمارات; امارات; امارات متحده عربی; 阿联酋
state:KP | native | КНДР; Северная Корея; Північна Корея; Kuzey Kore; كوريا الشمالية; کره شمالی; 朝鲜
state:KR | native | Южная Корея; Південна Корея; Güney Kore; كوريا الجنوبية; کره جنوبی; 韩国
state:IR | native | Иран; Іран; İran; 伊朗
state:IL | native | Израиль; Ізраїль; İsrail; إسرائيل; اسرائیل; 以色列
state:SY | native | Сирия; Сирія; Suriye; سوريا; سوریه; 叙利亚
state:DE | native | Германия; ФРГ; Німеччина; Almanya; ألمانيا; آلمان; 德国
state:NL | native | Нидерланды; Голландия; Нідерланди; Hollanda; هولندا; هلند; 荷兰
# Capitals the base names only in English (their cities come from GeoNames)
state:RU | capital | Москва; Moskova; موسكو; مسکو; Moscou; Moskau; Moscú; 莫斯科
state:US | capital | Вашингтон; واشنطن; واشنگتن; 华盛顿
state:DE | capital | Берлин; Берлін; برلين; برلین; Berlín; 柏林
state:FR | capital | Париж; باريس; پاریس; París; 巴黎
state:ES | capital | Мадрид; مدريد; مادرید; 马德里
state:IT | capital | Рим; روما; رم; Rom; 罗马
state:IN | capital | Нью-Дели; Нью-Делі; Yeni Delhi; نيودلهي; دهلی نو; Neu-Delhi; Nueva Delhi; 新德里
state:BR | capital | Бразилиа; Бразиліа; برازيليا; برازیلیا; 巴西利亚
state:MX | capital | Мехико; Мехіко; مكسيكو سيتي; مکزیکوسیتی; Mexiko-Stadt; Ciudad de México; 墨西哥城
state:AU | capital | Канберра; Kanberra; كانبرا; کانبرا; 堪培拉
state:PH | capital | Манила; Маніла; مانيلا; مانیل; Manille; 马尼拉
state:RO | capital | Бухарест; Bükreş; بوخارست; بخارست; Bucarest; Bukarest; 布加勒斯特
# Government seats
state:RU | metonym | Кремль; Kreml; الكرملين; کرملین; 克里姆林宫
state:US | metonym | Белый дом; Білий дім; Beyaz Saray; البيت الأبيض; کاخ سفید; Maison Blanche; Weißes Haus; Casa Blanca; 白宫
state:FR | metonym | Елисейский дворец; Єлисейський палац; Élysée; Elysée; Élysée Sarayı; الإليزيه; کاخ الیزه; Élysée-Palast; Elíseo; 爱丽舍宫
state:GB | metonym | Даунинг-стрит; Даунінг-стріт; داونينغ ستريت; داونینگ استریت; 唐宁街
# The other side in talks, as Chinese writes a government: 俄方 "the Russian side"
state:RU | official | 俄方
state:US | official | 美方
state:CN | official | 中方
state:UA | official | 乌方
state:TR | official | 土方
state:IR | official | 伊方
state:IL | official | 以方
state:FR | official | 法方
state:DE | official | 德方
state:GB | official | 英方
state:JP | official | 日方
state:KR | official | 韩方
state:IN | official | 印方
# Organisations
org:eu | name | Европейский союз; Евросоюз; Європейський Союз; Євросоюз; Avrupa Birliği; الاتحاد الأوروبي; اتحادیه اروپا; Union européenne; Europäische Union; Unión Europea; 欧盟; 欧洲联盟
org:eu | abbreviation | ЕС; ЄС; AB; UE
org:un | name | Организация Объединённых Наций; Організація Об'єднаних Націй; Birleşmiş Milletler; الأمم المتحدة; سازمان ملل; سازمان ملل متحد; Nations unies; Vereinte Nationen; Naciones Unidas; 联合国
org:un | abbreviation | ООН; BM; ONU
org:nato | name | НАТО; الناتو; حلف الناتو; حلف شمال الأطلسي; ناتو; 北约
org:iaea | name | الوكالة الدولية للطاقة الذرية; آژانس بین‌المللی انرژی اتمی; Agence internationale de l'énergie atomique; Internationale Atomenergiebehörde; Organismo Internacional de Energía Atómica; 国际原子能机构
org:iaea | abbreviation | МАГАТЭ; МАГАТЕ; UAEA; AIEA; IAEO; OIEA
org:european-commission | name | Европейская комиссия; Еврокомиссия; Європейська комісія; Єврокомісія; Avrupa Komisyonu; المفوضية الأوروبية; کمیسیون اروپا; Commission européenne; Europäische Kommission; Comisión Europea; 欧盟委员会
org:african-union | name | Африканский союз; Африканський союз; Afrika Birliği; الاتحاد الأفريقي; اتحادیه آفریقا; Union africaine; Afrikanische Union; Unión Africana; 非洲联盟; 非盟
org:unsc | name | Совет Безопасности ООН; Совбез ООН; Рада Безпеки ООН; BM Güvenlik Konseyi; مجلس الأمن الدولي; شورای امنیت سازمان ملل; Conseil de sécurité de l'ONU; UN-Sicherheitsrat; Consejo de Seguridad de la ONU; 联合国安理会
org:imf | name | Международный валютный фонд; Міжнародний валютний фонд; Uluslararası Para Fonu; صندوق النقد الدولي; صندوق بین‌المللی پول; Fonds monétaire international; Internationaler Währungsfonds; Fondo Monetario Internacional; 国际货币基金组织
org:imf | abbreviation | МВФ; FMI; IWF
org:who | name | Всемирная организация здравоохранения; Всесвітня організація охорони здоров'я; Dünya Sağlık Örgütü; منظمة الصحة العالمية; سازمان جهانی بهداشت; Organisation mondiale de la santé; Weltgesundheitsorganisation; Organización Mundial de la Salud; 世界卫生组织
org:who | abbreviation | ВОЗ; ВООЗ; DSÖ; OMS
org:arab-league | name | Лига арабских государств; Ліга арабських держав; Arap Birliği; جامعة الدول العربية; اتحادیه عرب; Ligue arabe; Arabische Liga; Liga Árabe; 阿拉伯国家联盟
org:hamas | name | ХАМАС; Хамас; حماس; 哈马斯
org:hezbollah | name | Хезболла; Хезбола; Hizbullah; حزب الله; 真主党
org:icc | name | Международный уголовный суд; Міжнародний кримінальний суд; Uluslararası Ceza Mahkemesi; المحكمة الجنائية الدولية; دیوان کیفری بین‌المللی; Cour pénale internationale; Internationaler Strafgerichtshof; Corte Penal Internacional; 国际刑事法院
org:icc | abbreviation | МУС; МКС; UCM; CPI; IStGH
org:opec | name | ОПЕК; أوبك; اوپک; 欧佩克
org:gazprom | name | Газпром; 俄罗斯天然气工业股份公司
org:ru-state-duma | name | Государственная дума; Госдума; Державна дума
org:ua-verkhovna-rada | name | Верховная рада; Верховна Рада
org:taliban | name | Талибан; طالبان; 塔利班
org:houthis | name | хуситы; хусити; Husiler; الحوثيون; حوثی‌ها; 胡塞武装
org:ir-irgc | name | Корпус стражей исламской революции; КСИР; الحرس الثوري; سپاه پاسداران; 伊斯兰革命卫队
`;
