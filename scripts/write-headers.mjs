// Writes dist/_headers (the site's recommended security headers) from security-headers.mjs.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFile } from './security-headers.mjs';

writeFileSync(resolve(import.meta.dirname, '..', 'dist', '_headers'), headersFile());
