import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from './src/lib/glossary-links.mjs';
import pageLinks from './src/lib/page-links.mjs';
import localNames from './src/council/local-names.ts';
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
  // Astro's own processor (Rust), with our plugins: Markdown through remark and rehype was the
  // largest cost per page of the build (issue 17). Local names first, so a council's name is
  // plain text before the glossary looks for abbreviations in it.
  markdown: { processor: satteri({ mdastPlugins: [localNames({ names: edition?.ownLocalNames }), pageLinks(), glossaryLinks()] }) },
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
