import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import { localNameKeys } from './local-names.ts';
import type { Source } from './source.ts';

/**
 * One role in the four i's planner's list of who is involved (content/four-is-roles.json):
 * the people the sources name around a child with a social worker. The planner saves the
 * role's id against each entry, so an id is stable: never reuse one for a different role.
 *
 * A role is grounded in the glossary (`glossary`, an entry id in content/glossary.yaml) or,
 * where the glossary has no entry for it, in a source (`citation`). The one exception is the
 * catch-all "Someone else".
 */
export function fourIsRoleSchema(sources: readonly Pick<Source, 'id' | 'sections'>[], glossaryIds: readonly string[]) {
  return z
    .strictObject({
      /** Stable id (lower-case letters, digits, hyphens). */
      id: slugId,
      /** The role as the planner lists it, at most 80 characters. */
      label: text.max(80, 'expected a label of at most 80 characters'),
      /**
       * A local name the council sets for this service (see local-names.ts). When set, the
       * planner shows it after the label: "Virtual school (Anyshire Virtual School)".
       */
      localName: z.enum(localNameKeys as [string, ...string[]]).optional(),
      /** The glossary entry that defines the role; the planner links to it. */
      glossary: slugId.refine((id) => glossaryIds.includes(id), { message: 'expected the id of an entry in content/glossary.yaml' }).optional(),
      /** Where the sources name the role, for a role the glossary does not define. */
      citation: citationSchema(sources).optional(),
    })
    .refine((role) => role.glossary || role.citation || role.id === 'other', {
      message: 'expected a "glossary" id or a "citation" that grounds the role in the sources',
    });
}

export type FourIsRole = z.infer<ReturnType<typeof fourIsRoleSchema>>;
