import { expect, test } from 'vitest';
import { parseConll, score } from './conll';

// A made-up sample in the CoNLL-2003 layout (not from the corpus).
const SAMPLE = [
  '-DOCSTART- -X- O O',
  '',
  'Maria NNP I-NP I-PER',
  'Schneider NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Acme NNP I-NP I-ORG',
  'Bank NNP I-NP I-ORG',
  "'s POS B-NP O",
  'Dutch JJ I-NP I-MISC',
  'office NN I-NP O',
  'in IN I-PP O',
  'Rotterdam NNP I-NP I-LOC',
  '. . O O',
  '',
].join('\n');

test('documents are reassembled as running text with gold spans on it', () => {
  const [doc] = parseConll(SAMPLE);
  expect(doc?.text).toBe("Maria Schneider visited Acme Bank's Dutch office in Rotterdam.\n");
  expect(doc?.gold.map((g) => `${doc.text.slice(g.start, g.end)} ${g.type}`)).toEqual([
    'Maria Schneider PER',
    'Acme Bank ORG',
    'Rotterdam LOC',
  ]);
});

test.each([
  ['exact', { start: 0, end: 15, type: 'PER' as const }, 1],
  ['wrong type', { start: 0, end: 15, type: 'ORG' as const }, 0],
  ['partial span', { start: 6, end: 15, type: 'PER' as const }, 0],
])('a %s prediction scores precision %d', (_, pred, p) => {
  const s = score([[{ start: 0, end: 15, type: 'PER' }]], [[pred]]);
  expect(s.overall.p).toBe(p);
});
