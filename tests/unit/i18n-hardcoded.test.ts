import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { readSource, shippedFiles } from './source-files';

/**
 * No component or entrypoint writes visible English of its own (issue 14): every word goes through
 * the catalogues (`components/i18n.ts`). Flagged: JSX text with a letter; a string with a letter in
 * an attribute the reader sees or hears (aria-label, title, placeholder, alt, label); and, anywhere
 * in these files, a string or template that reads like a sentence ("Could not load the sources."),
 * which is how error messages reach the reader. Styles are CSS, not words, and are not read.
 */
const SEEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

/** A capitalised word followed by more words: how a sentence or label starts, never a class or an id. */
const SENTENCE = /^\s*[A-Z][a-z']+[,:]?\s+[A-Za-z]/;
const LETTER = /\p{L}/u;

/**
 * Strings that are not the interface's words, each with why: file and text.
 */
const ALLOWED: ReadonlyArray<readonly [file: string, text: string, why: string]> = [
  // Console messages for developers, never shown to the reader.
  ['entrypoints/background.ts', '[Backstory]', 'console'],
  ['entrypoints/content/background-client.ts', '[Backstory]', 'console'],
  ['entrypoints/content/index.ts', '[Backstory]', 'console'],
  // The side panel's reply to a malformed message from the background: read by no one.
  ['entrypoints/sidepanel/main.tsx', 'Not a tab and a passage.', 'reply to code'],
  // The name of the file Telegram Desktop writes, the same in every language.
  ['components/welcome/WelcomePage.tsx', 'result.json', 'a file name'],
];

interface Finding {
  file: string;
  line: number;
  text: string;
}

function isAllowed(file: string, text: string): boolean {
  return ALLOWED.some(([where, what]) => where === file && text.includes(what));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
  return null;
}

/** Visible English in one file's source. */
function hardCodedStrings(file: string, source: string): Finding[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const flag = (node: ts.Node, text: string) => {
    if (isAllowed(file, text)) return;
    const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
    findings.push({ file, line, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) flag(node, node.text);
    else if (ts.isJsxAttribute(node) && SEEN_ATTRIBUTES.has(node.name.getText(tree)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init) && init.expression ? init.expression : init;
      const text = literalText(value);
      if (text !== null && LETTER.test(text)) {
        flag(node, text);
        return; // its string is reported once, not again as a sentence
      }
    } else if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    else {
      const text = literalText(node);
      if (text !== null && SENTENCE.test(text)) flag(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return findings;
}

const UI_FILES = shippedFiles(['.ts', '.tsx']).filter(
  (path) => /^(components|entrypoints)\//.test(path) && !/styles\.ts$/.test(path),
);

describe('the scan finds what it should', () => {
  test.each([
    ['JSX text', '<p>Nothing found.</p>'],
    ['an aria-label', '<button aria-label="Close" />'],
    ['a title in braces', "<li title={'Person'} />"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as text, for the scan
    ['a placeholder template', '<input placeholder={`A name, ${x}`} />'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code as text, for the scan
    ['an error sentence', 'setError(`Could not load the sources. ${message(failure)}`);'],
    ['a sentence in a ternary', "const label = busy ? 'Saving the note' : t('noteSave');"],
  ])('%s', (_, code) => {
    expect(hardCodedStrings('components/Example.tsx', code)).toHaveLength(1);
  });

  test.each([
    ['a translated text', "<p>{t('loading')}</p>"],
    ['punctuation', '<span aria-hidden="true"> · </span>'],
    ['class names and test ids', '<p class="bs-empty bs-meta" data-testid="search-count" />'],
    ['a CSS string', "const css = '.bs-card { color: red; }';"],
    ['an import', "import { t } from '../i18n';"],
  ])('not %s', (_, code) => {
    expect(hardCodedStrings('components/Example.tsx', code)).toEqual([]);
  });
});

test('components and entrypoints have no visible English of their own', () => {
  expect(UI_FILES.length).toBeGreaterThan(30);
  const findings = UI_FILES.flatMap((file) => hardCodedStrings(file, readSource(file)));
  expect(findings.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
});
