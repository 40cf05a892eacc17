/**
 * `kb/base.bin.gz`, asked for the moment the background's code starts: the entrypoint imports this module
 * first, and it imports nothing heavy, so the file is read while the rest of the code is evaluated (a worker
 * that wakes spent 130 ms there on a busy machine before it asked). Inert outside the extension
 * (tests): only an extension's own page or worker starts the request.
 */
import { wakeMark } from '../wake-marks';

const BASE_PATH = '/kb/base.bin.gz';

wakeMark('script');

let early: Promise<Response> | null =
  typeof location === 'object' && /^(chrome|moz)-extension:$/.test(location.protocol)
    ? fetch(new URL(BASE_PATH, location.href))
    : null;
// A failure is read (and logged) by whoever takes the response; until then it must not be unhandled.
early?.catch(() => undefined);

/** The response asked for at start, once (null after, and outside the extension), for `url`. */
export function takeEarlyBase(url: string): Promise<Response> | null {
  const taken = early;
  early = null;
  return taken && new URL(url).pathname === BASE_PATH ? taken : null;
}
