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
  globalIgnores(
    [
      'dist',
      'dist-*',
      'test-output',
      '.astro',
      'types',
      'esm',
      'public/widgets',
      'integrations/sharepoint/**',
      '!integrations/sharepoint/bridge',
      '!integrations/sharepoint/test',
      'tools/lint/node_modules',
      '**/node_modules',
    ],
    'generated and installed files',
  ),
  { basePath, files: ['**/*.{ts,mjs,js}'], extends: [js.configs.recommended, tseslint.configs.recommended] },
  {
    basePath,
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // A leading underscore marks a parameter an interface requires and this implementation does not use.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The objects a widget hands its lazily loaded parts read it through getters, where `this` is the object.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['widget'] }],
    },
  },
  // Chai's assertions end in a property (`expect(x).to.exist`).
  { basePath, files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  { basePath, files: ['widgets/**/*.ts'], extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']] },
]);
