import { type PackagedBase, packagedBase } from '../detect/packaged-base';
import type { Actor } from '../model';
import { wakeMark } from '../wake-marks';
import { takeEarlyBase } from './early-base';

/** Reads a file of the extension's package; `url` comes from `runtime.getURL`. */
async function packageFile(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the extension's ${url} could not be read (${response.status})`);
  return response;
}

/** The packaged knowledge base's matcher (`kb/base.bin`), loaded as it is: no build, no parse per actor. */
export async function loadPackagedBase(url: string): Promise<PackagedBase> {
  const early = await takeEarlyBase(url)?.catch(() => null);
  const file = await (early?.ok ? early : await packageFile(url)).arrayBuffer();
  wakeMark('base-fetched');
  const base = packagedBase(file);
  wakeMark('base-read');
  return base;
}

/**
 * Every packaged actor with its aliases: `kb/actors.json` lists the parts (each under the 5 MB that
 * addons.mozilla.org parses). Only seeding reads them.
 */
export async function loadPackagedActors(url: string): Promise<Actor[]> {
  const { parts } = (await (await packageFile(url)).json()) as { parts: string[] };
  const lists = await Promise.all(
    parts.map(async (part) => (await (await packageFile(new URL(part, url).href)).json()) as Actor[]),
  );
  return lists.flat();
}
