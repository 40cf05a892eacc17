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

/**
 * The packaged knowledge base's matcher (`kb/base.bin.gz`), loaded as it is: no build, no parse per
 * actor. Gzipped in the package and inflated as it streams in: the browser hands an extension's file
 * to its worker in small pieces, and on a busy machine the 7.5 MB took 0.8-1.4 s to arrive where
 * the 2.2 MB and their inflating took 0.6-0.8 s.
 */
export async function loadPackagedBase(url: string): Promise<PackagedBase> {
  const early = await takeEarlyBase(url)?.catch(() => null);
  const response = early?.ok ? early : await packageFile(url);
  if (!response.body) throw new Error(`the extension's ${url} has no body`);
  const file = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
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
