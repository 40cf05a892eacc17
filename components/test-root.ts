import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * For component tests: the container each test of the calling file renders into, put in the document
 * before each test and unmounted and taken out after it. The same element each time, so a file keeps
 * it in a constant.
 */
export function freshRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    root.replaceChildren();
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}
