import { yieldToPage } from '../yield';

/**
 * A clock for a sliced job: `pause` yields to the page and keeps the time spent away, so `busyMs` is
 * the job's own main-thread time. `firstAt` is when the first pause began (the first slice's end).
 */
export function busyClock() {
  const start = performance.now();
  let away = 0;
  const clock = {
    firstAt: Number.NaN,
    async pause() {
      const left = performance.now();
      if (Number.isNaN(clock.firstAt)) clock.firstAt = left;
      await yieldToPage();
      away += performance.now() - left;
    },
    busyMs: () => performance.now() - start - away,
  };
  return clock;
}
