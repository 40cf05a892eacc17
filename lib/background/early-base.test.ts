import { expect, test } from 'vitest';
import { takeEarlyBase } from './early-base';

test('outside the extension nothing is fetched at start, and the file is read the ordinary way', () => {
  expect(takeEarlyBase('chrome-extension://abc/kb/base.bin.gz')).toBeNull();
});
