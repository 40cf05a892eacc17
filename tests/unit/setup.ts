// Dexie needs IndexedDB; Node has none. Every unit test gets a fresh in-memory one.
import 'fake-indexeddb/auto';
