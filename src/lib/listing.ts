/**
 * How long a list of pages may be on one page. Listing pages are paged (topics, audiences,
 * amendments) or cut short with a link to the full list (the guidance index, the coverage map),
 * so that none grows with the site: at 5,000 pages the guidance index alone was 1.8 MB (issue 17).
 */

/** Pages per page of a paged list (/topics/<id>/, /audiences/<id>/, /amendments/). */
export const listPageSize = 50;

/** Pages shown under each topic on /guidance/ before "All pages on …". */
export const guidanceGroupSize = 12;

/** Pages named under each source section on the coverage map before "and n more". */
export const coverageSectionSize = 10;

/** A page title for page `current` of `last` of a paged list: the first keeps the list's own. */
export function pagedTitle(title: string, current: number, last: number): string {
  return current === 1 ? title : `${title} (page ${current} of ${last})`;
}
