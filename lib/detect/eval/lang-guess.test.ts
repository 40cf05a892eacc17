import { expect, test } from 'vitest';
import { guessLanguage } from './lang-guess';

test.each([
  ['en', 'The minister said that the talks with Turkey were over and the border was closed.'],
  ['fr', 'Le président a reçu les ministres dans la capitale pour une réunion sur la sécurité.'],
  ['de', 'Die Regierung hat sich mit dem Vorschlag nicht einverstanden erklärt und ist dagegen.'],
  ['es', 'El gobierno rechazó la propuesta de los ministros para una reunión con la oposición.'],
  ['de', 'Berlin lehnte den Vorschlag aus Paris ab.'],
  ['es', 'La OTAN pidió a Rusia respetar la tregua.'],
  ['cs', 'Vláda v Praze odmítla návrh, který předložil ministr.'],
  ['pl', 'Rząd w Warszawie odrzucił propozycję.'],
  ['tr', 'Dışişleri Bakanı, Ankara ile Moskova arasında görüşmelerin devam ettiğini söyledi.'],
  ['ru', 'Правительство заявило, что переговоры продолжатся на следующей неделе.'],
  ['uk', 'Міністр закордонних справ провів зустріч у Варшаві.'],
  ['ar', 'أعلنت الحكومة عن خطة جديدة للطاقة.'],
  ['fa', 'وزیر خارجه گفت که گفتگوها ادامه دارد.'],
  ['zh', '外交部发言人今天举行记者会。'],
  ['ja', '東京で会談が行われました。'],
  ['ko', '서울에서 회담이 열렸다.'],
  ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα.'],
  // Filler text is Latin, not French.
  [
    'la',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.',
  ],
])('%s: %s', (lang, text) => {
  expect(guessLanguage(text)).toBe(lang);
});

test.each([
  ['empty', ''],
  ['digits and punctuation', '2025-11-29 — 12:00'],
  ['names only', 'Hakan Fidan, Sergey Lavrov'],
  ['one marker letter in a name', 'Recep Tayyip Erdoğan, Hakan Fidan'],
])('too little to tell: %s', (_, text) => {
  expect(guessLanguage(text)).toBeNull();
});
