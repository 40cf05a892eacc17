import type { DBCore, Middleware } from 'dexie';
import { analysisWords } from './search-words';

/**
 * Keeps the derived `words` of every stored analysis in step with its text, whichever code writes
 * it (import, seeding, the background saving a page): a DBCore middleware sees every put and add,
 * including `update` and `modify`, so no write path can forget the search index.
 */
export const wordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'analysis-words',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'analyses') return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = req.values.map((value) => ({ ...value, words: analysisWords(value) }));
            return table.mutate({ ...req, values });
          },
        };
      },
    };
  },
};
