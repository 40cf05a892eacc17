import { type PackagedBase, packagedBase } from '../detect/packaged-base';
import type { Actor } from '../model';

/** Reads a file of the extension's package; `url` comes from `runtime.getURL`. */
async function packageFile(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the extension's ${url} could not be read (${response.status})`);
  return response;
}

/** The packaged knowledge base's matcher (`kb/base.bin`), loaded as it is: no build, no parse per actor. */
export async function loadPackagedBase(url: string): Promise<PackagedBase> {
  return packagedBase(await (await packageFile(url)).arrayBuffer());
}

/** Every packaged actor with its aliases (`kb/actors.json`): only seeding reads it. */
export async function loadPackagedActors(url: string): Promise<Actor[]> {
  return (await (await packageFile(url)).json()) as Actor[];
}
