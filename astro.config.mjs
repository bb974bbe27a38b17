import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from './src/lib/glossary-links.mjs';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Astro's own processor (Rust), with the glossary links as a plugin: Markdown through remark
  // and rehype was the largest cost per page of the build (issue 17).
  markdown: { processor: satteri({ mdastPlugins: [glossaryLinks()] }) },
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
