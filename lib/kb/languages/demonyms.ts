/**
 * Adjectives of origin of the states most in the news, as Russian, Ukrainian, Turkish, Arabic,
 * Persian, German and Spanish write them (French ones come from world-countries). One masculine
 * singular form each: Russian and Ukrainian feminine, neuter and plural forms are derived here
 * (`withAdjectiveForms`), their cases and the Arabic, German and Spanish endings by the detector's
 * inflection rules (`lib/detect/inflection.ts`). Curated from the languages' standard dictionaries.
 */
export const DEMONYMS = `
state:RU | demonym | российский; русский; російський; Rus; روسي; روسی; russisch; ruso
state:UA | demonym | украинский; український; Ukraynalı; أوكراني; اوکراینی; ukrainisch; ucraniano
state:TR | demonym | турецкий; турецький; Türk; تركي; ترک; türkisch; turco
state:US | demonym | американский; американський; Amerikan; أمريكي; أميركي; آمریکایی; amerikanisch; estadounidense; norteamericano
state:CN | demonym | китайский; китайський; Çinli; صيني; چینی; chinesisch; chino
state:IR | demonym | иранский; іранський; İranlı; إيراني; ایرانی; iranisch; iraní
state:IL | demonym | израильский; ізраїльський; İsrailli; إسرائيلي; اسرائیلی; israelisch; israelí
state:FR | demonym | французский; французький; Fransız; فرنسي; فرانسوی; französisch; francés
state:DE | demonym | германский; немецкий; німецький; Alman; ألماني; آلمانی; deutsch; alemán
state:GB | demonym | британский; британський; İngiliz; بريطاني; بریتانیایی; انگلیسی; britisch; británico
state:PL | demonym | польский; польський; Polonyalı; بولندي; لهستانی; polnisch; polaco
state:SY | demonym | сирийский; сирійський; Suriyeli; سوري; سوری; syrisch; sirio
state:SA | demonym | саудовский; саудівський; Suudi; سعودي; سعودی; saudisch; saudí
state:EG | demonym | египетский; єгипетський; Mısırlı; مصري; مصری; ägyptisch; egipcio
state:JO | demonym | иорданский; йорданський; Ürdünlü; أردني; اردنی; jordanisch; jordano
state:QA | demonym | катарский; катарський; Katarlı; قطري; قطری; katarisch; catarí
state:AE | demonym | эмиратский; еміратський; Emirlikli; إماراتي; اماراتی; emiratisch; emiratí
state:IQ | demonym | иракский; іракський; Iraklı; عراقي; عراقی; irakisch; iraquí
state:LB | demonym | ливанский; ліванський; Lübnanlı; لبناني; لبنانی; libanesisch; libanés
state:AZ | demonym | азербайджанский; азербайджанський; Azerbaycanlı; أذربيجاني; آذربایجانی; aserbaidschanisch; azerbaiyano
state:AM | demonym | армянский; вірменський; Ermeni; أرميني; ارمنی; armenisch; armenio
state:GE | demonym | грузинский; грузинський; Gürcü; جورجي; گرجی; georgisch; georgiano
state:BY | demonym | белорусский; білоруський; Belaruslu; بيلاروسي; بلاروسی; belarussisch; bielorruso
state:JP | demonym | японский; японський; Japon; ياباني; ژاپنی; japanisch; japonés
state:KR | demonym | южнокорейский; південнокорейський; Güney Koreli; كوري جنوبي; کره‌ای جنوبی; südkoreanisch; surcoreano
state:KP | demonym | северокорейский; північнокорейський; Kuzey Koreli; كوري شمالي; کره شمالی; nordkoreanisch; norcoreano
state:IN | demonym | индийский; індійський; Hintli; هندي; هندی; indisch
state:PK | demonym | пакистанский; пакистанський; Pakistanlı; باكستاني; پاکستانی; pakistanisch; pakistaní
state:AF | demonym | афганский; афганський; Afgan; أفغاني; افغانستانی; afghanisch; afgano
state:IT | demonym | итальянский; італійський; İtalyan; إيطالي; ایتالیایی; italienisch; italiano
state:ES | demonym | испанский; іспанський; İspanyol; إسباني; اسپانیایی; spanisch; español
state:NL | demonym | нидерландский; нідерландський; Hollandalı; هولندي; هلندی; niederländisch; neerlandés
state:SE | demonym | шведский; шведський; İsveçli; سويدي; سوئدی; schwedisch; sueco
state:FI | demonym | финский; фінський; Finlandiyalı; فنلندي; فنلاندی; finnisch; finlandés
state:HU | demonym | венгерский; угорський; Macar; مجري; مجارستانی; ungarisch; húngaro
state:GR | demonym | греческий; грецький; Yunan; يوناني; یونانی; griechisch; griego
state:CA | demonym | канадский; канадський; Kanadalı; كندي; کانادایی; kanadisch; canadiense
state:MX | demonym | мексиканский; мексиканський; Meksikalı; مكسيكي; مکزیکی; mexikanisch; mexicano
state:BR | demonym | бразильский; бразильський; Brezilyalı; برازيلي; برزیلی; brasilianisch; brasileño
state:VE | demonym | венесуэльский; венесуельський; Venezuelalı; فنزويلي; ونزوئلایی; venezolanisch; venezolano
state:KZ | demonym | казахстанский; казахстанський; Kazak; كازاخستاني; قزاقستانی; kasachisch; kazajo
state:YE | demonym | йеменский; єменський; Yemenli; يمني; یمنی; jemenitisch; yemení
state:LY | demonym | ливийский; лівійський; Libyalı; ليبي; لیبیایی; libysch; libio
state:SD | demonym | суданский; суданський; Sudanlı; سوداني; سودانی; sudanesisch; sudanés
state:MD | demonym | молдавский; молдовський; Moldovalı; مولدوفي; مولداویایی; moldauisch; moldavo
state:LT | demonym | литовский; литовський; Litvanyalı; ليتواني; لیتوانیایی; litauisch; lituano
state:LV | demonym | латвийский; латвійський; Letonyalı; لاتفي; لتونیایی; lettisch; letón
state:EE | demonym | эстонский; естонський; Estonyalı; إستوني; استونیایی; estnisch; estonio
state:CZ | demonym | чешский; чеський; Çek; تشيكي; چکی; tschechisch; checo
state:RS | demonym | сербский; сербський; Sırp; صربي; صربستانی; serbisch; serbio
state:AT | demonym | австрийский; австрійський; Avusturyalı; نمساوي; اتریشی; österreichisch; austriaco
state:CH | demonym | швейцарский; швейцарський; İsviçreli; سويسري; سوئیسی; schweizerisch; suizo
`;

/**
 * A Russian or Ukrainian masculine adjective with its feminine, neuter and plural nominatives
 * ("турецкий" → "турецкая", "турецкое", "турецкие"); any other word alone.
 */
export function withAdjectiveForms(word: string): string[] {
  const ru = /^(.+[кцнзжшщч])(ий|ой)$/.exec(word) ?? /^(.+)(ый)$/.exec(word);
  if (ru?.[1] && /[а-яё]/.test(word) && !/[іїєґ]|ьк/.test(word)) {
    const stem = ru[1];
    const plural = ru[2] === 'ый' ? 'ые' : 'ие';
    return [word, `${stem}ая`, `${stem}ое`, `${stem}${plural}`];
  }
  const uk = /^(.+)ий$/.exec(word);
  if (uk?.[1] && /[а-яіїєґ]/.test(word)) return [word, `${uk[1]}а`, `${uk[1]}е`, `${uk[1]}і`];
  return [word];
}
