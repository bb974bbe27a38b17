// Writes dist/_headers (the site's recommended security headers) from security-headers.mjs.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFile } from './security-headers.mjs';

// APK_DIST: a council edition built into its own folder (scripts/build-edition.mjs).
writeFileSync(resolve(import.meta.dirname, '..', process.env.APK_DIST ?? 'dist', '_headers'), headersFile());
