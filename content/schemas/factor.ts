import { z } from 'astro/zod';
import { slugId, text } from './common.ts';
import { citationSchema } from './citation.ts';
import type { Source } from './source.ts';

/** One factor in the push and pull library (content/factors/*.yaml). */
export function factorSchema(sources: readonly Pick<Source, 'id' | 'sections'>[]) {
  return z.strictObject({
    id: slugId,
    label: text,
    /** push: pushes the child away from school; pull: pulls them away; pull-back: draws them back. */
    lane: z.enum(['push', 'pull', 'pull-back']),
    /** Whether the factor sits in school or out of school, which shapes who should lead. */
    setting: z.enum(['in-school', 'out-of-school']),
    /** The question to ask the child or family. */
    question: text,
    /** Example adjustments the sources give. */
    adjustments: z.array(text).default([]),
    citation: citationSchema(sources),
  });
}
