import type { Actor, AliasRole } from '../model';
import { isAllCaps, isUpper } from './fold';
import { TokenTrie } from './token-trie';
import { Tok, type Tokens, tokenize } from './tokenize';
import type { ActorRef } from './types';
import { keyOf, pinWords, wordId } from './vocab';

/** What a text token must look like for an alias token to match it. */
export enum CaseRule {
  /** Any case: particles ("al", "de") and lower-case words of the alias. */
  Any = 0,
  /** First letter a capital: "Turkey" matches "TURKEY" but not "turkey". */
  Cap = 1,
  /** All capitals: "UN", "US" never match "un", "us" or "Us". */
  Caps = 2,
}

/** One way the text can name one actor. */
export interface AliasEntry {
  actor: ActorRef;
  role: AliasRole;
  rules: CaseRule[];
}

// Name particles written either way in news copy ("al-Sharaa" and "Al-Sharaa").
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
]);
for (const p of ['la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'of', 'and', 'the', 'for'])
  PARTICLES.add(p);
const LEADING_THE = /^the\s+/i;
// Demonyms that pluralise with -s (Russians, Israelis); "Turkish" and "Chinese" do not.
const PLURAL_DEMONYM = /(an|i)$/;

/** Case rules of an alias, one per token. */
export function caseRules(text: string, tokens: Tokens): CaseRule[] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const all = Array.from({ length: tokens.length }, (_, i) => i);
  if (letters.length >= 2 && isAllCaps(letters) && !/\s/.test(text.trim()))
    return all.map(() => CaseRule.Caps);
  return all.map((i) => {
    const word = text.slice(tokens.start[i], tokens.end[i]);
    if (PARTICLES.has(tokens.key(i))) return CaseRule.Any;
    if (tokens.is(i, Tok.Caps) && word.replace(/[^\p{L}]/gu, '').length >= 2) return CaseRule.Caps;
    return isUpper(word.charAt(0)) ? CaseRule.Cap : CaseRule.Any;
  });
}

/** Builds the alias trie for a knowledge base: every alias, its demonym plural, and the actor name. */
export function buildAliasTrie(actors: readonly Actor[]): TokenTrie<AliasEntry> {
  return pinWords(() => aliasTrie(actors));
}

function aliasTrie(actors: readonly Actor[]): TokenTrie<AliasEntry> {
  const trie = new TokenTrie<AliasEntry>();
  for (const actor of actors) {
    const seen = new Set<string>();
    const add = (raw: string, role: AliasRole) => {
      const text = raw.trim().replace(LEADING_THE, '');
      const tokens = tokenize(text);
      if (tokens.length === 0) return;
      const words = [...tokens.word];
      const keys = words.map((w) => keyOf(w));
      const id = `${keys.join(' ')}|${role}`;
      if (seen.has(id)) return;
      seen.add(id);
      const rules = caseRules(text, tokens);
      trie.add(words, { actor, role, rules });
      if (role === 'demonym' && PLURAL_DEMONYM.test(keys.at(-1) ?? '')) {
        trie.add([...words.slice(0, -1), wordId(`${keys[keys.length - 1]}s`)], { actor, role, rules });
      }
    };
    add(actor.name, 'name');
    for (const alias of actor.aliases) add(alias.text, alias.role);
  }
  return trie;
}

/** True when the text tokens `first..` satisfy the entry's case rules. */
export function casesAgree(entry: AliasEntry, tokens: Tokens, first: number): boolean {
  const rules = entry.rules;
  const flags = tokens.flags;
  if (first + rules.length > tokens.length) return false;
  for (let k = 0; k < rules.length; k++) {
    const f = flags[first + k] as number;
    if (rules[k] === CaseRule.Cap && (f & Tok.Cap) === 0) return false;
    if (rules[k] === CaseRule.Caps && (f & Tok.Caps) === 0) return false;
  }
  return true;
}
