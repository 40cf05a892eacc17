/**
 * Names of the people most in the news as Russian, Ukrainian, Arabic, Persian and Chinese news write
 * them, and the German, French and Spanish spellings that differ from the English ones. Curated from
 * the names these outlets use (TASS, Ukrinform, Al Jazeera, IRNA, Xinhua, dpa, AFP, EFE), 2025.
 * Other Cyrillic spellings are found by romanisation (`lib/detect/translit-cyrillic.ts`).
 */
export const PEOPLE_NAMES = `
person:vladimir-putin | name | Владимир Путин; Володимир Путін; فلاديمير بوتين; ولادیمیر پوتین; 弗拉基米尔·普京; Wladimir Putin; Vladimir Poutine; Vladímir Putin
person:vladimir-putin | surname | Путин; Путін; بوتين; پوتین; 普京; Poutine
person:volodymyr-zelenskyy | name | Владимир Зеленский; Володимир Зеленський; فولوديمير زيلينسكي; ولودیمیر زلنسکی; 弗拉基米尔·泽连斯基; Wolodymyr Selenskyj; Volodímir Zelenski
person:volodymyr-zelenskyy | surname | Зеленский; Зеленський; زيلينسكي; زلنسکی; زلنسکي; 泽连斯基; Selenskyj; Zelenski
person:recep-tayyip-erdogan | name | Реджеп Тайип Эрдоган; Реджеп Тайїп Ердоган; رجب طيب أردوغان; رجب طیب اردوغان; 雷杰普·塔伊普·埃尔多安
person:recep-tayyip-erdogan | surname | Эрдоган; Ердоган; أردوغان; اردوغان; 埃尔多安
person:hakan-fidan | name | Хакан Фидан; Хакан Фідан; هاكان فيدان; هاکان فیدان; 哈坎·费丹
person:hakan-fidan | surname | Фидан; Фідан; فيدان; فیدان; 费丹
person:sergey-lavrov | name | Сергей Лавров; Сергій Лавров; سيرغي لافروف; سيرجي لافروف; سرگئی لاوروف; 谢尔盖·拉夫罗夫; Sergej Lawrow; Sergueï Lavrov; Serguéi Lavrov
person:sergey-lavrov | surname | Лавров; لافروف; لاوروف; 拉夫罗夫; Lawrow
person:dmitry-peskov | name | Дмитрий Песков; Дмитро Пєсков; ديمتري بيسكوف; دیمیتری پسکوف; 德米特里·佩斯科夫; Dmitri Peskow
person:dmitry-peskov | surname | Песков; Пєсков; بيسكوف; پسکوف; 佩斯科夫; Peskow
person:donald-trump | name | Дональд Трамп; دونالد ترامب; دونالد ترامپ; 唐纳德·特朗普
person:donald-trump | surname | Трамп; ترامب; ترامپ; 特朗普
person:emmanuel-macron | name | Эммануэль Макрон; Емманюель Макрон; إيمانويل ماكرون; امانوئل مکرون; 埃马纽埃尔·马克龙
person:emmanuel-macron | surname | Макрон; ماكرون; مکرون; 马克龙
person:keir-starmer | name | Кир Стармер; Кір Стармер; كير ستارمر; کی‌یر استارمر; 基尔·斯塔默
person:keir-starmer | surname | Стармер; ستارمر; استارمر; 斯塔默
person:friedrich-merz | name | Фридрих Мерц; Фрідріх Мерц; فريدريش ميرتس; فریدریش مرتس; 弗里德里希·默茨
person:friedrich-merz | surname | Мерц; ميرتس; مرتس; 默茨
person:olaf-scholz | name | Олаф Шольц; أولاف شولتس; اولاف شولتس; 奥拉夫·朔尔茨
person:olaf-scholz | surname | Шольц; شولتس; 朔尔茨
person:xi-jinping | name | Си Цзиньпин; Сі Цзіньпін; شي جين بينغ; شی جین‌پینگ; 习近平
person:wang-yi | name | Ван И; Ван І; وانغ يي; وانگ یی; 王毅
person:li-qiang | name | Ли Цян; Лі Цян; لي تشيانغ; لی چیانگ; 李强
person:benjamin-netanyahu | name | Биньямин Нетаньяху; Беньямин Нетаньяху; Біньямін Нетаньягу; بنيامين نتنياهو; بنیامین نتانیاهو; 本雅明·内塔尼亚胡
person:benjamin-netanyahu | surname | Нетаньяху; Нетаньягу; نتنياهو; نتانیاهو; 内塔尼亚胡
person:ali-khamenei | name | Али Хаменеи; Алі Хаменеї; علي خامنئي; علی خامنه‌ای; آیت‌الله خامنه‌ای; 阿里·哈梅内伊
person:ali-khamenei | surname | Хаменеи; Хаменеї; خامنئي; خامنه‌ای; 哈梅内伊
person:masoud-pezeshkian | name | Масуд Пезешкиан; Масуд Пезешкіан; مسعود بزشكيان; مسعود پزشکیان; 马苏德·佩泽希齐扬
person:masoud-pezeshkian | surname | Пезешкиан; Пезешкіан; بزشكيان; پزشکیان; 佩泽希齐扬
person:abbas-araghchi | name | Аббас Аракчи; Аббас Аракчі; عباس عراقجي; عباس عراقچی; 阿巴斯·阿拉格齐
person:abbas-araghchi | surname | Аракчи; Аракчі; عراقجي; عراقچی; 阿拉格齐
person:marco-rubio | name | Марко Рубио; Марко Рубіо; ماركو روبيو; مارکو روبیو; 马尔科·鲁比奥
person:marco-rubio | surname | Рубио; Рубіо; روبيو; روبیو; 鲁比奥
person:jd-vance | name | Джей Ди Вэнс; Джей Ді Венс; جي دي فانس; جی‌دی ونس
person:jd-vance | surname | Вэнс; Венс; فانس; ونس
person:steve-witkoff | name | Стив Уиткофф; Стів Віткофф; ستيف ويتكوف; استیو ویتکاف; 史蒂夫·威特科夫
person:steve-witkoff | surname | Уиткофф; Віткофф; ويتكوف; ویتکاف; 威特科夫
person:antonio-guterres | name | Антониу Гутерриш; Антоніу Гутерріш; أنطونيو غوتيريش; آنتونیو گوترش; 安东尼奥·古特雷斯
person:antonio-guterres | surname | Гутерриш; Гутерріш; غوتيريش; گوترش; 古特雷斯
person:ursula-von-der-leyen | name | Урсула фон дер Ляйен; Урсула фон дер Ляєн; أورسولا فون دير لاين; اورزولا فون در لاین; 乌尔苏拉·冯德莱恩
person:ursula-von-der-leyen | surname | фон дер Ляйен; фон дер Ляєн; فون دير لاين; فون در لاین; 冯德莱恩
person:kaja-kallas | name | Кая Каллас; كايا كالاس; کایا کالاس; 卡娅·卡拉斯
person:kaja-kallas | surname | Каллас; كالاس; کالاس; 卡拉斯
person:mark-rutte | name | Марк Рютте; مارك روته; مارک روته; 马克·吕特
person:mark-rutte | surname | Рютте; روته; 吕特
person:giorgia-meloni | name | Джорджа Мелони; Джорджа Мелоні; جورجيا ميلوني; جورجیا ملونی; 乔治亚·梅洛尼
person:giorgia-meloni | surname | Мелони; Мелоні; ميلوني; ملونی; 梅洛尼
person:pedro-sanchez | name | Педро Санчес; بيدرو سانشيز; پدرو سانچز; 佩德罗·桑切斯
person:ilham-aliyev | name | Ильхам Алиев; Ільхам Алієв; إلهام علييف; الهام علی‌اف; 伊利哈姆·阿利耶夫
person:ilham-aliyev | surname | Алиев; Алієв; علييف; علی‌اف; 阿利耶夫
person:nikol-pashinyan | name | Никол Пашинян; Нікол Пашинян; نيكول باشينيان; نیکول پاشینیان; 尼科尔·帕希尼扬
person:nikol-pashinyan | surname | Пашинян; باشينيان; پاشینیان; 帕希尼扬
person:alexander-lukashenko | name | Александр Лукашенко; Олександр Лукашенко; ألكسندر لوكاشينكو; الکساندر لوکاشنکو; 亚历山大·卢卡申科
person:alexander-lukashenko | surname | Лукашенко; لوكاشينكو; لوکاشنکو; 卢卡申科
person:ahmed-al-sharaa | name | Ахмед аш-Шараа; أحمد الشرع; احمد الشرع; 艾哈迈德·沙拉; Ahmed al-Charaa; Ahmad al-Scharaa
person:ahmed-al-sharaa | surname | аш-Шараа; الشرع; al-Charaa; al-Scharaa
person:mohammed-bin-salman | name | Мухаммед бен Сальман; Мухаммед бін Салман; محمد بن سلمان; 穆罕默德·本·萨勒曼; Mohammed ben Salmane; Mohamed bin Salmán
person:abdel-fattah-el-sisi | name | Абдель Фаттах ас-Сиси; Абдель Фаттах ас-Сісі; عبد الفتاح السيسي; عبدالفتاح السیسی; 阿卜杜勒-法塔赫·塞西
person:abdel-fattah-el-sisi | surname | ас-Сиси; ас-Сісі; السيسي; السیسی; 塞西
person:mahmoud-abbas | name | Махмуд Аббас; محمود عباس; 马哈茂德·阿巴斯
person:narendra-modi | name | Нарендра Моди; Нарендра Моді; ناريندرا مودي; نارندرا مودی; 纳伦德拉·莫迪
person:narendra-modi | surname | Моди; Моді; مودي; مودی; 莫迪
person:maria-zakharova | name | Мария Захарова; Марія Захарова; ماريا زاخاروفا; ماریا زاخارووا; 玛丽亚·扎哈罗娃
person:maria-zakharova | surname | Захарова; زاخاروفا; زاخارووا; 扎哈罗娃
person:sergei-shoigu | name | Сергей Шойгу; Сергій Шойгу; سيرغي شويغو; سرگئی شویگو; 谢尔盖·绍伊古
person:sergei-shoigu | surname | Шойгу; شويغو; شویگو; 绍伊古
person:andrei-belousov | name | Андрей Белоусов; Андрій Бєлоусов; أندريه بيلوسوف; آندری بلوسوف; 安德烈·别洛乌索夫
person:andrei-belousov | surname | Белоусов; Бєлоусов; بيلوسوف; بلوسوف; 别洛乌索夫
person:valery-gerasimov | name | Валерий Герасимов; Валерій Герасимов; فاليري غيراسيموف; والری گراسیموف; 瓦列里·格拉西莫夫
person:valery-gerasimov | surname | Герасимов; غيراسيموف; گراسیموف; 格拉西莫夫
person:andrii-sybiha | name | Андрей Сибига; Андрій Сибіга; أندريه سيبيها; آندری سیبیها; 安德烈·瑟比加
person:andrii-sybiha | surname | Сибига; Сибіга; سيبيها; سیبیها; 瑟比加
person:oleksandr-syrskyi | name | Александр Сырский; Олександр Сирський
person:oleksandr-syrskyi | surname | Сырский; Сирський
person:rustem-umerov | name | Рустем Умеров; Рустем Умєров
person:rustem-umerov | surname | Умеров; Умєров
person:kim-jong-un | name | Ким Чен Ын; Кім Чен Ин; كيم جونغ أون; کیم جونگ اون; 金正恩
person:joe-biden | name | Джо Байден; جو بايدن; جو بایدن; 乔·拜登
person:joe-biden | surname | Байден; بايدن; بایدن; 拜登
person:lula-da-silva | name | Лула да Силва; Лула да Сілва; لولا دا سيلفا; لولا دا سیلوا; 卢拉
person:javier-milei | name | Хавьер Милей; Хав'єр Мілей; خافيير ميلي; خاویر میلی; 哈维尔·米莱
person:javier-milei | surname | Милей; Мілей; 米莱
person:claudia-sheinbaum | name | Клаудия Шейнбаум; Клаудія Шейнбаум; كلوديا شينباوم; کلودیا شینباوم; 克劳迪娅·辛鲍姆
person:claudia-sheinbaum | surname | Шейнбаум; شينباوم; 辛鲍姆
person:jean-noel-barrot | name | Жан-Ноэль Барро; Жан-Ноель Барро; جان نويل بارو; ژان نوئل بارو; 让-诺埃尔·巴罗
person:johann-wadephul | name | Йоханн Вадефуль; Йоганн Вадефуль; يوهان فاديفول; یوهان وادفول; 约翰·瓦德富尔
person:johann-wadephul | surname | Вадефуль
person:faisal-bin-farhan | name | Фейсал бен Фархан; فيصل بن فرحان; فیصل بن فرحان; 费萨尔·本·法尔汉
person:ayman-safadi | name | Айман Сафади; أيمن الصفدي; ایمن الصفدی
person:mikhail-mishustin | name | Михаил Мишустин; Михайло Мішустін; ميخائيل ميشوستين; میخائیل میشوستین; 米哈伊尔·米舒斯京
person:mikhail-mishustin | surname | Мишустин; Мішустін; 米舒斯京
person:yuri-ushakov | name | Юрий Ушаков; Юрій Ушаков; يوري أوشاكوف; یوری اوشاکوف; 尤里·乌沙科夫
person:kirill-dmitriev | name | Кирилл Дмитриев; Кирило Дмитрієв; كيريل دميترييف; کیریل دمیتریف; 基里尔·德米特里耶夫
person:yulia-svyrydenko | name | Юлия Свириденко; Юлія Свириденко
person:denys-shmyhal | name | Денис Шмыгаль; Денис Шмигаль
person:keith-kellogg | name | Кит Келлог; Кіт Келлог; كيث كيلوغ; کیت کلاگ; 基思·凯洛格
person:antony-blinken | name | Энтони Блинкен; Ентоні Блінкен; أنتوني بلينكن; آنتونی بلینکن; 安东尼·布林肯
person:antony-blinken | surname | Блинкен; Блінкен; بلينكن; بلینکن; 布林肯
`;
