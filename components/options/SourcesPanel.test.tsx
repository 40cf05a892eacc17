// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueMessages } from '../../lib/i18n/format';
import { createClient } from '../../lib/messaging/client';
import { ReplyError } from '../../lib/messaging/error-words';
import { createRouter } from '../../lib/messaging/router';
import type { Source } from '../../lib/sources/model';
import { SOURCE_FAILURES, SourceError } from '../../lib/sources/source-error';
import { sourceAddress } from '../../lib/sources/store';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { useMessages } from '../i18n';
import { all, click, one, show, type, useFreshRoot } from './options-test-kit';
import { SourcesPanel } from './SourcesPanel';
import type { SourceRow, SourcesServices } from './services';

useFreshRoot();

const row = (over: Partial<SourceRow>): SourceRow => ({
  id: 'src:1',
  kind: 'feed',
  url: 'https://feeds.example/rss',
  name: 'Grain Wire',
  addedAt: 1,
  status: 'ok',
  nextCheck: 2,
  intervalMinutes: 120,
  paused: false,
  added: 4,
  failures: 0,
  allowed: true,
  ...over,
});

function services(rows: SourceRow[]): SourcesServices {
  return {
    list: vi.fn(async () => rows.map((r) => ({ ...r }))),
    add: vi.fn(async () => rows[0] as Source),
    allow: vi.fn(async () => {}),
    refresh: vi.fn(async () => {}),
    setPaused: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
  };
}

describe('SourcesPanel', () => {
  it('offers "Allow" only for a source whose site Backstory may not read, and asks for that one', async () => {
    const restored = row({
      id: 'src:2',
      url: 'https://t.me/s/grainwire',
      kind: 'telegram',
      name: '@grainwire',
      allowed: false,
    });
    const fake = services([row({}), restored]);
    await show(<SourcesPanel sources={fake} />);
    expect(all('source')).toHaveLength(2);
    expect(all('source-allow')).toHaveLength(1);
    expect(one('source-needs-access').textContent).toContain('may not read t.me yet');
    expect(one('source-allow').textContent).toBe('Allow access to t.me');
    await click('source-allow');
    expect(fake.allow).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'src:2', url: 'https://t.me/s/grainwire' }),
    );
  });

  it('says so when access is refused', async () => {
    const fake = services([row({ allowed: false })]);
    fake.allow = vi.fn(async () => {
      throw new Error('Backstory was not allowed to read feeds.example.');
    });
    await show(<SourcesPanel sources={fake} />);
    await click('source-allow');
    expect(document.querySelector('[role=alert]')?.textContent).toBe(
      'Could not allow the source. Backstory was not allowed to read feeds.example.',
    );
  });
});

describe('why a source could not be added', () => {
  afterEach(() => useMessages(catalogueMessages(en), 'en'));
  const alert = () => document.querySelector('[role=alert]')?.textContent;
  async function addWith(add: SourcesServices['add'], input = 'не адрес') {
    const fake = { ...services([]), add: vi.fn(add) };
    await show(<SourcesPanel sources={fake} />);
    await type('source-url', input);
    await click('source-add');
  }

  it('an address the page refuses itself is refused in Russian in the Russian interface', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    // What the options page's wire does first, before it asks for the site's permission.
    await addWith(async (input) => {
      sourceAddress(input);
      return row({});
    });
    expect(alert()).toBe('Не удалось добавить источник. это не веб-адрес, не ссылка t.me и не @канал');
  });

  it("the background's refusal crosses the messaging with its name and is said in Russian", async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    interface Methods {
      addSource: { request: { input: string }; reply: Source };
    }
    const route = createRouter<Methods, null>(
      {
        addSource: () => {
          throw new SourceError('sourceFailScheme');
        },
      },
      () => null,
    );
    const background = createClient<Methods>(async (message) => route(message, null));
    await addWith(async (input) => {
      const reply = await background('addSource', { input });
      if (!reply.ok) throw new ReplyError(reply.error, reply.words);
      return reply.value;
    }, 'ftp://feeds.example/rss');
    expect(alert()).toBe('Не удалось добавить источник. читаются только адреса http и https');
  });

  it('an error without a message name still shows its text', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    await addWith(async () => {
      throw new ReplyError('Unknown sender.');
    });
    expect(alert()).toBe('Не удалось добавить источник. Unknown sender.');
  });

  it('in the English interface the refusal is the English', async () => {
    await addWith(async (input) => {
      sourceAddress(input);
      return row({});
    });
    expect(alert()).toBe('Could not add the source. this is not a web address, a t.me link or an @channel');
  });
});

describe('why a source could not be read', () => {
  afterEach(() => useMessages(catalogueMessages(en), 'en'));
  const failed = row({
    status: 'error',
    error: 'the server answered 404 Not Found',
    errorKey: 'sourceFailStatus',
    errorParams: ['404 Not Found'],
  });
  const status = () => one('source').textContent ?? '';

  it('is in English in the English interface', async () => {
    await show(<SourcesPanel sources={services([failed])} />);
    expect(status()).toContain('Error: the server answered 404 Not Found.');
  });

  it('is in Russian in the Russian interface', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    await show(<SourcesPanel sources={services([failed])} />);
    expect(status()).toContain('Ошибка: сервер ответил 404 Not Found.');
  });

  it('a row stored before reasons had names (or with a name unknown here) shows its own text', async () => {
    useMessages(catalogueMessages(ru), 'ru-RU');
    const old = row({ status: 'error', error: 'the feed is not valid JSON' });
    const later = row({
      id: 'src:2',
      status: 'error',
      error: 'a reason from later',
      errorKey: 'sourceFailLater',
    });
    await show(<SourcesPanel sources={services([old, later])} />);
    const [first, second] = all('source').map((element) => element.textContent ?? '');
    expect(first).toContain('Ошибка: the feed is not valid JSON.');
    expect(second).toContain('Ошибка: a reason from later.');
  });

  it.each(Object.entries(SOURCE_FAILURES))('%s: the English catalogue says what lib/ says', (key, text) => {
    expect(en[key as keyof typeof en]?.message).toBe(text);
  });
});
