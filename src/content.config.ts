import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sourceSchema } from '../content/schemas/source.ts';
import { guidanceSchema } from '../content/schemas/guidance.ts';
import { caseStudySchema } from '../content/schemas/case-study.ts';
import { glossarySchema } from '../content/schemas/glossary.ts';
import { checklistSchema } from '../content/schemas/checklist.ts';
import { factorSchema } from '../content/schemas/factor.ts';
import { responsibilitySchema } from '../content/schemas/responsibility.ts';
import { keyFactSchema } from '../content/schemas/key-fact.ts';
import { sessionPlanSchema } from '../content/schemas/session-plan.ts';
import { fourIsRoleSchema } from '../content/schemas/four-is-role.ts';
import yaml from 'js-yaml';
import { sampleCaseSchema } from '../content/schemas/sample-case.ts';
import { whoLeadsSchema } from '../content/schemas/who-leads.ts';
import { localPagesCollection } from './council/local-pages-collection.ts';
import { edition } from './council/edition.ts';
import { searchTermSchema } from '../content/schemas/search-terms.ts';
import { withLocalMarks } from '../content/schemas/local-marks.ts';

// Tests point this at a copy of content/ with one deliberate fault, to prove the build fails.
const contentRoot = resolve(process.env.KIT_CONTENT_DIR ?? 'content');

// Citations are checked against the sources while each entry is validated, so the list is
// read here, before the collections load.
const sources = sourceSchema.array().parse(JSON.parse(readFileSync(resolve(contentRoot, 'sources.json'), 'utf8')));
// Case studies, key facts and session plans may mark a council's own names in their text,
// [the virtual school](local:virtualSchool), filled here with a council edition's names. Data
// the widgets or the search index read raw (checklists, factors, the glossary) cannot.
const names = edition?.ownLocalNames;
// Roles in the four i's planner point at glossary entries, checked the same way.
const glossaryIds = (yaml.load(readFileSync(resolve(contentRoot, 'glossary.yaml'), 'utf8')) as { id: string }[]).map((entry) => entry.id);

export const collections = {
  sources: defineCollection({ loader: file(resolve(contentRoot, 'sources.json')), schema: sourceSchema }),
  guidance: defineCollection({
    // Plain Markdown renders once while the content loads; MDX (for a page that needs a
    // component) is compiled into a module of its own, which costs far more per page.
    loader: glob({ pattern: '**/*.{md,mdx}', base: resolve(contentRoot, 'guidance') }),
    schema: guidanceSchema(sources),
  }),
  caseStudies: defineCollection({
    loader: glob({ pattern: '*.yaml', base: resolve(contentRoot, 'case-studies') }),
    schema: withLocalMarks(caseStudySchema(sources), names),
  }),
  glossary: defineCollection({ loader: file(resolve(contentRoot, 'glossary.yaml')), schema: glossarySchema(sources) }),
  checklists: defineCollection({
    loader: glob({ pattern: '*.json', base: resolve(contentRoot, 'checklists') }),
    schema: checklistSchema(sources, edition?.localNames),
  }),
  factors: defineCollection({ loader: file(resolve(contentRoot, 'factors.json')), schema: factorSchema(sources) }),
  whoLeads: defineCollection({ loader: file(resolve(contentRoot, 'who-leads.json')), schema: whoLeadsSchema(sources) }),
  keyFacts: defineCollection({ loader: file(resolve(contentRoot, 'key-facts.json')), schema: withLocalMarks(keyFactSchema(sources), names) }),
  responsibilities: defineCollection({
    loader: file(resolve(contentRoot, 'responsibilities.json')),
    schema: responsibilitySchema(sources),
  }),
  fourIsRoles: defineCollection({
    loader: file(resolve(contentRoot, 'four-is-roles.json')),
    schema: fourIsRoleSchema(sources, glossaryIds),
  }),
  sessionPlans: defineCollection({
    loader: glob({ pattern: '*.yaml', base: resolve(contentRoot, 'session-plans') }),
    schema: withLocalMarks(sessionPlanSchema(sources), names),
  }),
  // Presenter mode imports the files itself; the collection makes a bad case fail the build.
  sampleCases: defineCollection({
    loader: glob({ pattern: '*.json', base: resolve(contentRoot, 'sample-cases') }),
    schema: sampleCaseSchema,
  }),
  // A council edition's own pages (APK_COUNCIL); none in the national edition.
  localPages: localPagesCollection(edition),
  // Everyday words for the guidance's terms, and the words that name a tool: the search reads them.
  searchTerms: defineCollection({ loader: file(resolve(contentRoot, 'search-terms.yaml')), schema: searchTermSchema(glossaryIds) }),
};
