import type { Token } from './tokenize';

/** What the whole document says about words: which appear capitalised mid-sentence, which in lower case. */
export interface DocEvidence {
  midCap: Set<string>;
  lower: Set<string>;
  /** Per token: it sits in a segment written in capitals (a headline). */
  shouting: Uint8Array;
}

/** Collects document-wide case evidence in one pass. */
export function docEvidence(tokens: readonly Token[]): DocEvidence {
  const midCap = new Set<string>();
  const lower = new Set<string>();
  const shouting = new Uint8Array(tokens.length);
  let segStart = 0;
  let caps = 0;
  let letters = 0;
  const close = (end: number) => {
    if (letters >= 1 && caps / letters >= 0.6) shouting.fill(1, segStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sentenceStart) {
      close(i);
      segStart = i;
      caps = 0;
      letters = 0;
    }
    if (t.alpha) letters++;
    if (t.caps && t.key.length > 1) caps++;
    if (t.lower) lower.add(t.key);
  }
  close(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.cap && !t.caps && !t.sentenceStart && !shouting[i]) midCap.add(t.key);
  }
  return { midCap, lower, shouting };
}
