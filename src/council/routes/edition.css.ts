/** /edition/edition.css: the council's colours and the edition's component styles (src/council/brand.ts). */
import { edition } from '../edition';
import { editionStylesheet } from '../brand';

export function GET(): Response {
  return new Response(editionStylesheet(edition!), { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
