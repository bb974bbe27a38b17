// ESLint for the kit, run by `npm run lint` from the project root. The config lives beside its
// plugins (tools/lint/package.json); `basePath` points its patterns back at the project.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const basePath = '../..';

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'test-output', '.astro', 'types', 'public/widgets', 'integrations/sharepoint/**', '!integrations/sharepoint/bridge', '!integrations/sharepoint/test', 'tools/lint/node_modules', '**/node_modules'], 'generated and installed files'),
  { basePath, files: ['**/*.{ts,mjs,js}'], extends: [js.configs.recommended, tseslint.configs.recommended] },
  {
    basePath,
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // A leading underscore marks a parameter an interface requires and this implementation does not use.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  { basePath, files: ['widgets/**/*.ts'], extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']] },
]);
