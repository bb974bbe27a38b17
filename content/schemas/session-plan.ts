import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/**
 * A training session plan (content/session-plans/<id>.yaml): what a trainer needs to run one
 * session, built from the kit's guidance, tools and case studies. The site shows each plan at
 * /training/<id>/ and a participants' handout at /training/<id>/handout/ that prints on at most
 * two A4 pages (an e2e test prints it to PDF to check).
 *
 * Pages are guidance slugs (content/guidance/<slug>.md) and the case study is a case-study id
 * (content/case-studies/<id>.yaml): the training pages fail the build when one does not exist.
 */
export function sessionPlanSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  const citation = citationSchema(sources);
  /** A link to one of the kit's own tools or checklists, such as "/tools/push-and-pull/". */
  const toolHref = z.string().regex(/^\/(tools|checklists)\/[a-z0-9-]+\/$/, 'expected a tool or checklist path such as "/tools/push-and-pull/"');
  return z
    .strictObject({
      title: text,
      /** One or two sentences on what the session is for. */
      summary: text,
      /** Who the session is for, in words. */
      audience: text,
      /** Length of the whole session in minutes; the timings must add up to it. */
      durationMinutes: z.number().int().positive(),
      aims: z.array(text).min(1),
      /** The running order: each part and how long it takes. */
      timings: z.array(z.strictObject({ minutes: z.number().int().positive(), part: text })).min(1),
      activities: z
        .array(
          z.strictObject({
            title: text,
            minutes: z.number().int().positive(),
            /** What participants do, step by step, in our words. */
            steps: z.array(text).min(1),
            /** The tool the activity uses, if any. */
            tool: z.strictObject({ href: toolHref, label: text }).optional(),
          }),
        )
        .min(1),
      /** The case study the session works through (content/case-studies/<id>.yaml). */
      caseStudy: slugId,
      discussionQuestions: z.array(text).min(1),
      /** Guidance pages to read before or after (content/guidance/<slug>.md). */
      pages: z.array(slugId).min(1),
      /** The kit's tools and checklists the session uses. */
      tools: z.array(z.strictObject({ href: toolHref, label: text })).min(1),
      citations: z.array(citation).min(1),
    })
    .superRefine((plan, ctx) => {
      const total = plan.timings.reduce((sum, t) => sum + t.minutes, 0);
      if (total !== plan.durationMinutes) {
        ctx.addIssue({ code: 'custom', path: ['timings'], message: `timings add up to ${total} minutes, but durationMinutes is ${plan.durationMinutes}` });
      }
      if (!plan.activities.some((a) => a.tool)) {
        ctx.addIssue({ code: 'custom', path: ['activities'], message: 'at least one activity must use one of the kit’s tools' });
      }
    });
}
