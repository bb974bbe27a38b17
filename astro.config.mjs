import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGlossaryLinks from './src/lib/remark-glossary-links.mjs';
import remarkPageLinks from './src/lib/remark-page-links.mjs';
import remarkLocalNames from './src/council/remark-local-names.ts';
import { councilEdition } from './src/council/integration.ts';
import { contentDirFromEnv, councilDirFromEnv, loadEdition } from './src/council/settings.ts';

// A council's own edition (issue 19): APK_COUNCIL names its folder. A fault in it stops the
// build here, before anything is made; with no folder this is the national edition.
const edition = loadEdition(councilDirFromEnv(), contentDirFromEnv());

export default defineConfig({
  site: edition?.origin ?? process.env.SITE_URL ?? 'http://localhost:4321',
  // APK_DIST lets a council edition build beside the national one (scripts/build-edition.mjs).
  outDir: process.env.APK_DIST ?? 'dist',
  trailingSlash: 'always',
  integrations: [mdx(), councilEdition(edition, contentDirFromEnv())],
  // The unified processor runs remark plugins (Astro's default Markdown processor does not).
  markdown: { processor: unified({ remarkPlugins: [[remarkLocalNames, { names: edition?.ownLocalNames }], remarkPageLinks, remarkGlossaryLinks] }) },
  build: {
    format: 'directory',
    // Pages must run under `default-src 'self'`: no inline <style> or <script> in the output.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Presenter mode is bundled like a worker (src/scripts/site.ts adds it as a module script).
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
