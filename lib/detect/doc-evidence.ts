import { Slot, scratchBytes } from './scratch';
import { Tok, type Tokens } from './tokenize';
import { keyOf, vocabSize } from './vocab';

/** What the whole document says about words: which appear capitalised mid-sentence. */
export interface DocEvidence {
  /** The word (by id) appears capitalised mid-sentence outside headlines. */
  midCap: (word: number) => boolean;
  /** Per token: it sits in a segment written in capitals (a headline). */
  shouting: Uint8Array;
}

// Per word id, the number of the document that last saw it capitalised mid-sentence: no set to
// build or clear per document.
let midCapSeen = new Int32Array(1 << 16);
let serial = 0;

/** Collects document-wide case evidence in one pass. */
export function docEvidence(tokens: Tokens): DocEvidence {
  const shouting = scratchBytes(Slot.Shouting, tokens.length);
  const flags = tokens.flags;
  const words = tokens.word;
  let segStart = 0;
  let caps = 0;
  let letters = 0;
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i] as number;
    if (f & Tok.SentenceStart) {
      if (letters >= 1 && caps / letters >= 0.6) shouting.fill(1, segStart, i);
      segStart = i;
      caps = 0;
      letters = 0;
    }
    if (f & Tok.Alpha) letters++;
    if (f & Tok.Caps && keyOf(words[i] as number).length > 1) caps++;
  }
  if (letters >= 1 && caps / letters >= 0.6) shouting.fill(1, segStart, tokens.length);
  if (midCapSeen.length < vocabSize())
    midCapSeen = new Int32Array(Math.max(vocabSize(), midCapSeen.length * 2));
  const seen = midCapSeen;
  const doc = ++serial;
  for (let i = 0; i < tokens.length; i++) {
    if (((flags[i] as number) & (Tok.Cap | Tok.Caps | Tok.SentenceStart)) === Tok.Cap && !shouting[i])
      seen[words[i] as number] = doc;
  }
  return { midCap: (word) => seen[word] === doc, shouting };
}
