import { expect, test } from 'vitest';
import { testDb } from '../db/test-db';
import { welcomeOnInstall } from './welcome';

test.each([
  ['install', 1],
  ['update', 0],
  ['browser_update', 0],
  ['chrome_update', 0],
  ['shared_module_update', 0],
])('on %s the welcome page opens %i times', async (reason, times) => {
  const db = await testDb('welcome');
  let opened = 0;
  await welcomeOnInstall(reason, db, async () => void opened++);
  expect(opened).toBe(times);
});

test('a second install over a kept library does not open it again', async () => {
  const db = await testDb('welcome');
  let opened = 0;
  const open = async () => void opened++;
  expect(await welcomeOnInstall('install', db, open)).toBe(true);
  expect(await welcomeOnInstall('install', db, open)).toBe(false);
  expect(opened).toBe(1);
});
