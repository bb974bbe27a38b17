import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGlossaryLinks from './src/lib/remark-glossary-links.mjs';
import remarkPageLinks from './src/lib/remark-page-links.mjs';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  // The unified processor runs remark plugins (Astro's default Markdown processor does not).
  markdown: { processor: unified({ remarkPlugins: [remarkPageLinks, remarkGlossaryLinks] }) },
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
