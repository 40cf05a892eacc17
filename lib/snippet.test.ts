import { describe, expect, test } from 'vitest';
import { excerpt, leadSnippet, snippetAt } from './snippet';

const graphemes = (text: string) => [
  ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
];
/** True when `part` (ellipses and outer spaces taken off) starts and ends on grapheme boundaries of `text`. */
function whole(text: string, part: string): boolean {
  const bare = part.replace(/^…/, '').replace(/…$/, '').trim();
  const at = text.indexOf(bare);
  if (at < 0 || bare === '') return false;
  const starts = new Set(graphemes(text).map((g) => g.index));
  return starts.has(at) && (at + bare.length === text.length || starts.has(at + bare.length));
}
/** The words of `text` (by `Intl.Segmenter`), to check a cut never leaves half of one. */
const wordsOf = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);

// Texts in scripts without spaces, right to left, with emoji and combining marks; a match in the middle.
describe.each([
  [
    'Arabic',
    'قال وزير الخارجية التركي هاكان فيدان إن أنقرة مستعدة للوساطة بين موسكو وكييف، وإن المحادثات في إسطنبول يمكن أن تستأنف قريبا إذا قدمت روسيا تنازلات.',
    'هاكان فيدان',
  ],
  [
    'Persian',
    'وزیر امور خارجه ترکیه هاکان فیدان گفت آنکارا آماده میانجی‌گری میان مسکو و کی‌یف است و مذاکرات استانبول می‌تواند به‌زودی از سر گرفته شود.',
    'هاکان فیدان',
  ],
  [
    'Chinese',
    '土耳其外长哈坎·菲丹表示，安卡拉愿意在莫斯科和基辅之间进行调解，如果俄罗斯作出让步，伊斯坦布尔的谈判可能很快恢复。',
    '哈坎·菲丹',
  ],
  [
    'emoji and combining marks',
    'Ми́ні́стр 👩🏽‍💻👨‍👩‍👧 Хакан Фідан 🇹🇷 заявив, що Анка́ра готова до посередництва 👍🏿 між Москвою і Києвом 🇺🇦 🇷🇺.',
    'Хакан Фідан',
  ],
])('%s', (_script, text, name) => {
  const start = text.indexOf(name);
  test.each([
    [5, 5],
    [9, 13],
    [17, 23],
    [31, 41],
  ])('a snippet with %i units before and %i after cuts no word or grapheme', (before, after) => {
    const s = snippetAt(text, start, start + name.length, before, after);
    expect(s.match).toBe(name);
    const words = new Set(wordsOf(text));
    for (const part of [s.before, s.after]) {
      if (part.replace(/…/g, '').trim() === '') continue;
      expect(whole(text, part), part).toBe(true);
      // The first and last words of each part are whole words of the text.
      const inner = wordsOf(part.replace(/…/g, ''));
      for (const w of [inner[0], inner.at(-1)]) if (w !== undefined) expect(words.has(w), w).toBe(true);
    }
  });
  test.each([7, 12, 25, 40])('an opening of %i units and an excerpt cut whole words', (length) => {
    const lead = leadSnippet(text, length).after;
    expect(whole(text, lead), lead).toBe(true);
    const middle = excerpt(text, Math.floor(text.length / 3), length);
    expect(whole(text, middle), middle).toBe(true);
  });
});
