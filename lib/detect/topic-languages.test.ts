import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { significantTopics } from '../index-detection';
import { TOPICS } from '../kb/topics';
import { tokenize } from './tokenize';
import { TopicScorer } from './topic-scorer';

const scorer = new TopicScorer(TOPICS);
const topicsOf = (text: string) => scorer.score(tokenize(text), text).map((s) => s.topicId);

// Real news phrasing, the term words in several inflected forms (cases, plurals, suffixes, clitics).
const CASES: [string, [string, string][]][] = [
  [
    'ru',
    [
      ['Анкара предложила посредничество в конфликте, а турецкий министр выступил посредником.', 'mediation'],
      ['Москва и Киев возобновили переговоры; в переговорах участвует делегация Турции.', 'peace-talks'],
      ['ЕС ввел новые санкции против России, под санкциями оказались банки.', 'sanctions'],
      ['Цены на нефть и газ выросли, поставки газа в Европу сократились.', 'energy'],
      ['На президентских выборах явка избирателей превысила 60 процентов.', 'elections'],
      ['Обстрелы продолжались, войска перешли в контрнаступление, войне не видно конца.', 'war'],
    ],
  ],
  [
    'uk',
    [
      ['Туреччина запропонувала посередництво, турецький міністр став посередником.', 'mediation'],
      ['ЄС ухвалив нові санкції; під санкціями опинилися російські банки.', 'sanctions'],
      ['Ціни на газ і нафту зросли, транзит газу зупинено.', 'energy'],
      ['Війська перейшли в контрнаступ після тижнів обстрілів.', 'war'],
    ],
  ],
  [
    'tr',
    [
      ['ABD Rusya’ya yeni yaptırımlar uyguladı; yaptırımların kapsamı genişletildi.', 'sanctions'],
      ['Türkiye arabuluculuk teklif etti; Ankara’nın arabuluculuğu memnuniyetle karşılandı.', 'mediation'],
      ['Seçimlerde seçmenler sandık başına gitti, seçim sonuçları açıklandı.', 'elections'],
      ['Doğalgaz fiyatları yükseldi, enerji arzı ve petrol ithalatı tartışılıyor.', 'energy'],
    ],
  ],
  [
    'ar',
    [
      ['فرضت واشنطن عقوبات جديدة على موسكو، والعقوبات تشمل قطاع المصارف.', 'sanctions'],
      ['عرضت تركيا الوساطة بين الطرفين، وقال الوسيط إن المحادثات مستمرة.', 'mediation'],
      ['ارتفعت أسعار النفط والغاز بعد توقف إمدادات الطاقة.', 'energy'],
      ['جرت الانتخابات الرئاسية وسط إقبال الناخبين على صناديق الاقتراع.', 'elections'],
    ],
  ],
  [
    'fa',
    [
      ['آمریکا تحریم‌های تازه‌ای علیه روسیه وضع کرد و تحریم‌ها بانک‌ها را هدف گرفت.', 'sanctions'],
      ['ترکیه پیشنهاد میانجیگری داد و میانجی‌ها به مسکو رفتند.', 'mediation'],
      ['قیمت نفت و گاز پس از قطع صادرات انرژی بالا رفت.', 'energy'],
      ['در انتخابات ریاست جمهوری، رای دهندگان پای صندوق رای رفتند.', 'elections'],
    ],
  ],
  [
    'fr',
    [
      [
        'L’UE a adopté de nouvelles sanctions ; les banques sanctionnées perdent l’accès au marché.',
        'sanctions',
      ],
      ['La Turquie propose sa médiation et se pose en médiatrice entre Moscou et Kiev.', 'mediation'],
      ['Les négociations ont repris, les négociateurs cherchent un accord de paix.', 'peace-talks'],
      ['Le prix du pétrole et du gaz flambe, la dépendance énergétique inquiète.', 'energy'],
    ],
  ],
  [
    'de',
    [
      ['Die EU beschloss neue Sanktionen; das Sanktionspaket trifft russische Banken.', 'sanctions'],
      ['Die Türkei bietet ihre Vermittlung an, Ankara will als Vermittler auftreten.', 'mediation'],
      [
        'Bei den Wahlen lag die Wahlbeteiligung über 70 Prozent, die Wähler strafen die Regierung ab.',
        'elections',
      ],
      ['Die Gaspreise steigen, die Energieversorgung und das Erdgas aus Russland fehlen.', 'energy'],
    ],
  ],
  [
    'es',
    [
      ['La UE aprobó nuevas sanciones; las sanciones afectan a los bancos rusos.', 'sanctions'],
      ['Turquía ofreció su mediación y actuará como mediador entre las partes.', 'mediation'],
      ['En las elecciones presidenciales los votantes acudieron a votar en masa.', 'elections'],
      ['Los precios del petróleo y del gas natural suben por la crisis energética.', 'energy'],
    ],
  ],
  [
    'zh',
    [
      ['美国宣布对俄罗斯实施新一轮制裁，制裁对象包括多家银行。', 'sanctions'],
      ['土耳其表示愿意在俄乌之间进行调解和斡旋。', 'mediation'],
      ['国际油价上涨，天然气和石油供应紧张，能源安全受到关注。', 'energy'],
      ['选民前往投票站投票，总统选举投票率创新高。', 'elections'],
    ],
  ],
];

describe.each(CASES)('topics in %s', (_lang, cases) => {
  test.each(cases)('%s → %s', (text, topic) => {
    expect(topicsOf(text)[0]).toBe(topic);
  });
});

// Precision: everyday texts on nothing the taxonomy covers get no topic at all.
test.each([
  [
    'ru',
    'Рецепт пирога: смешайте муку, сахар и яйца, добавьте яблоки и выпекайте сорок минут. Подавайте с чаем.',
  ],
  [
    'ru',
    'Футбольный клуб выиграл матч со счетом два один, вратарь отразил пенальти, болельщики пели на трибунах.',
  ],
  ['uk', 'Рецепт борщу: наріжте буряк, моркву та капусту, додайте часник і варіть годину на малому вогні.'],
  [
    'tr',
    'Kek tarifi: unu, şekeri ve yumurtaları karıştırın, fırında kırk dakika pişirin ve çayla servis edin.',
  ],
  ['tr', 'Takım maçı iki bir kazandı, kaleci penaltıyı kurtardı ve taraftarlar tribünlerde şarkı söyledi.'],
  ['ar', 'وصفة الكعكة: اخلط الدقيق والسكر والبيض ثم اخبزها في الفرن أربعين دقيقة وقدمها مع الشاي.'],
  ['ar', 'فاز الفريق بالمباراة بهدفين مقابل هدف، وتصدى الحارس لركلة جزاء وهتف المشجعون في المدرجات.'],
  ['fa', 'دستور پخت کیک: آرد و شکر و تخم مرغ را مخلوط کنید و چهل دقیقه در فر بپزید و با چای سرو کنید.'],
  [
    'fr',
    'Recette du gâteau : mélangez la farine, le sucre et les œufs, puis faites cuire quarante minutes au four.',
  ],
  [
    'fr',
    'L’équipe a remporté le match deux à un, le gardien a arrêté un penalty et les supporters ont chanté.',
  ],
  [
    'de',
    'Rezept für Apfelkuchen: Mehl, Zucker und Eier verrühren, die Äpfel schneiden und vierzig Minuten backen.',
  ],
  [
    'de',
    'Die Mannschaft gewann das Spiel mit zwei zu eins, der Torwart hielt einen Elfmeter, die Fans sangen.',
  ],
  ['es', 'Receta del bizcocho: mezcle la harina, el azúcar y los huevos y hornee durante cuarenta minutos.'],
  [
    'es',
    'El equipo ganó el partido dos a uno, el portero detuvo un penalti y la afición cantó en las gradas.',
  ],
  ['zh', '蛋糕做法：把面粉、白糖和鸡蛋混合，放入烤箱烤四十分钟，配茶享用。'],
  ['zh', '球队以二比一赢得比赛，门将扑出点球，球迷在看台上高歌。'],
])('%s: no topic in an unrelated text', (_lang, text) => {
  expect(topicsOf(text)).toEqual([]);
});

test('the reference analysis in English and in Russian: mediation, peace talks and energy', () => {
  const read = (name: string) => readFileSync(new URL(`./test-data/${name}`, import.meta.url), 'utf8');
  const [english, russian] = [read('analysis-excerpt.txt'), read('analysis-mediation.ru.txt')].map((text) =>
    scorer.score(tokenize(text), text),
  );
  expect(significantTopics(english ?? [])).toEqual(['mediation', 'peace-talks', 'energy']);
  expect(significantTopics(russian ?? [])).toEqual(['mediation', 'peace-talks', 'energy']);
});

test('the stems of the packaged terms are up to date (npx tsx scripts/topic-stems.ts)', async () => {
  const { topicStemsSource } = await import('../../scripts/topic-stems');
  const file = readFileSync(new URL('../kb/topic-terms/stems.generated.ts', import.meta.url), 'utf8');
  expect(file).toBe(topicStemsSource());
});
