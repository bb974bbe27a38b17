/**
 * Adds a council's edition to the build: its routes (local pages, contacts, the edition's
 * stylesheet and logo) exist only when a council folder is given, so the national edition has
 * none of them; and it prints the update warnings before the pages are made.
 */
import type { AstroIntegration } from 'astro';
import { shownPath, type Edition } from './settings.ts';
import { readUpdateInputs, updateWarnings } from './update-warnings.ts';

const routes = new URL('./routes/', import.meta.url);
const entry = (file: string) => new URL(file, routes);

export function councilEdition(edition: Edition | undefined, contentDir: string): AstroIntegration {
  return {
    name: 'council-edition',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        if (!edition) return;
        logger.info(`Building ${edition.name}'s edition from ${shownPath(edition.dir)}${edition.fictional ? ' (a fictional example council)' : ''}`);
        for (const warning of updateWarnings(readUpdateInputs(edition, contentDir))) logger.warn(warning);
        injectRoute({ pattern: '/local', entrypoint: entry('local-index.astro') });
        injectRoute({ pattern: '/local/[slug]', entrypoint: entry('local-page.astro') });
        injectRoute({ pattern: '/contacts', entrypoint: entry('contacts.astro') });
        injectRoute({ pattern: '/edition/edition.css', entrypoint: entry('edition.css.ts') });
        if (edition.brand?.logo) injectRoute({ pattern: '/edition/logo.svg', entrypoint: entry('logo.svg.ts') });
      },
    },
  };
}
