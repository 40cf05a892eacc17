// Dexie needs IndexedDB; Node has none. Every unit test gets a fresh in-memory one.
import 'fake-indexeddb/auto';
import { useMessages } from '../../components/i18n';
import { catalogueMessages } from '../../lib/i18n/format';
import en from '../../public/_locales/en/messages.json';

// Components speak through `browser.i18n`, which Node has not: they read the English catalogue,
// as an English browser gives it (a test of another language switches and switches back).
useMessages(catalogueMessages(en), 'en');
