import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import { defaultLocalNames, fillLocalNames, localNameKeys, placeholdersIn, type LocalNames } from './local-names.ts';
import type { Source } from './source.ts';

/**
 * A checklist (content/checklists/*.json) that `attendance-checklist` runs and the site
 * prints. The file name is the checklist's id (`assessment.json` is `checklist="assessment"`).
 *
 * Item ids are stable: saved work is keyed by them, so rewording an item keeps the work
 * saved against it. Never reuse an id for a different question.
 *
 * Text may name a council's own services with placeholders: {attendanceTeam},
 * {virtualSchool}, {inclusionService}. The widget fills them from the council's
 * configuration; for the site's static pages this schema fills them with `names`: a council
 * edition's names (src/council/), or else the defaults in local-names.ts, so a page never
 * shows a raw placeholder.
 */
export function checklistSchema(sources: readonly Pick<Source, 'id' | 'sections'>[], names: LocalNames = defaultLocalNames) {
  const citation = citationSchema(sources);
  const subItem = z.strictObject({
    /** Stable id, unique in the whole checklist (saved work is keyed by it). */
    id: slugId,
    /** The sub-question, in our words. */
    text,
    /** Set when the sub-question is out of date: says so, and what to ask now, in our words. */
    dated: text.optional(),
  });
  const item = z.strictObject({
    /** Stable id, unique in the whole checklist (saved work is keyed by it). */
    id: slugId,
    /** The question or check, in our words. */
    text,
    /** Why it matters. */
    why: text.optional(),
    /** What to ask for, or how to use it. */
    askFor: text.optional(),
    /** Set when the item is out of date: says so, and what to ask now, in our words. */
    dated: text.optional(),
    /** Sub-questions, such as those on age-related expectations; each has its own status and note. */
    subItems: z.array(subItem).default([]),
    /**
     * A tool shown inside the item. `attendance-calculator`: the widget embeds the calculator
     * here, and its figures and sentence become part of the checklist's saved work.
     */
    embed: z.literal('attendance-calculator').optional(),
    /** Slug of the guidance page it comes from (content/guidance/<page>.mdx); a unit test checks it exists. */
    page: slugId,
    citation,
  });
  return z
    .strictObject({
      title: text,
      summary: text,
      /**
       * Statuses an item can take; the first is the starting one. `kind` says how the progress
       * summary counts it: `open` (not finished), `done` (finished) or `concern` (finished,
       * and counted as a concern too).
       */
      statuses: z
        .array(z.strictObject({ id: slugId, label: text, kind: z.enum(['open', 'done', 'concern']).default('open') }))
        .min(2)
        .default([
          { id: 'not-asked', label: 'Not yet asked', kind: 'open' },
          { id: 'asked', label: 'Asked', kind: 'open' },
          { id: 'answered', label: 'Answered', kind: 'done' },
          { id: 'concern', label: 'Concern', kind: 'concern' },
        ]),
      /** The word for finished items in the progress summary, as in "6 of 14 answered". Default "answered". */
      doneLabel: text.default('answered'),
      groups: z.array(z.strictObject({ id: slugId, title: text, items: z.array(item).min(1) })).min(1),
      citations: z.array(citation).min(1),
    })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.groups.forEach((group, g) =>
        group.items.forEach((entry, i) => {
          const check = (id: string, path: (string | number)[]) => {
            if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `item id "${id}" is used twice; ids must be unique in a checklist` });
            seen.add(id);
          };
          check(entry.id, ['groups', g, 'items', i, 'id']);
          entry.subItems.forEach((sub, s) => check(sub.id, ['groups', g, 'items', i, 'subItems', s, 'id']));
          const texts: [string, string | undefined][] = [
            ['text', entry.text],
            ['why', entry.why],
            ['askFor', entry.askFor],
            ['dated', entry.dated],
          ];
          entry.subItems.forEach((sub, s) => texts.push([`subItems.${s}.text`, sub.text], [`subItems.${s}.dated`, sub.dated]));
          for (const [field, value] of texts) {
            for (const name of placeholdersIn(value ?? '')) {
              if (!(localNameKeys as string[]).includes(name)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['groups', g, 'items', i, ...field.split('.')],
                  message: `unknown placeholder {${name}}; expected one of: ${localNameKeys.map((k) => `{${k}}`).join(', ')}`,
                });
              }
            }
          }
        }),
      );
      const statusIds = list.statuses.map((s) => s.id);
      if (new Set(statusIds).size !== statusIds.length) ctx.addIssue({ code: 'custom', path: ['statuses'], message: 'status ids must be unique' });
      if (!list.statuses.some((s) => s.kind !== 'open')) {
        ctx.addIssue({ code: 'custom', path: ['statuses'], message: 'at least one status must be of kind "done" or "concern", or nothing could ever count as finished' });
      }
    })
    .transform((list) => ({
      ...list,
      groups: list.groups.map((group) => ({
        ...group,
        items: group.items.map((entry) => ({
          ...entry,
          text: fillLocalNames(entry.text, names),
          why: entry.why && fillLocalNames(entry.why, names),
          askFor: entry.askFor && fillLocalNames(entry.askFor, names),
          dated: entry.dated && fillLocalNames(entry.dated, names),
          subItems: entry.subItems.map((sub) => ({
            ...sub,
            text: fillLocalNames(sub.text, names),
            dated: sub.dated && fillLocalNames(sub.dated, names),
          })),
        })),
      })),
    }));
}
