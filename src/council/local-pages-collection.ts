/**
 * The content collection of a council's local pages: the MDX files in its pages/ folder,
 * checked by content/schemas/local-page.ts. The national edition gets the same collection
 * with nothing in it, so pages can ask for it either way.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { localPageSchema } from '../../content/schemas/local-page.ts';
import { localPagesFolder, type Edition } from './settings.ts';

export function localPagesCollection(edition: Edition | undefined) {
  const loader = edition ? glob({ pattern: '*.{md,mdx}', base: join(edition.dir, localPagesFolder) }) : { name: 'no-council-edition', load: async () => {} };
  return defineCollection({ loader, schema: localPageSchema });
}
