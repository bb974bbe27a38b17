import { z } from 'astro/zod';
import { fullDate, slugId, text, topicIds } from './common.ts';
import { defaultLocalNames, type AnyLocalNameKey, type LocalNames } from './local-names.ts';
import { allLocalNameKeys, type CouncilNames } from './local-marks.ts';
import tools from '../tools.json' with { type: 'json' };
import { contrastRatio } from '../../src/lib/contrast.ts';
import { svgProblems } from '../../src/lib/svg-safety.ts';

/**
 * A council's own edition of the kit: one settings file, `council.json`, in a folder of its own
 * (beside `pages/` for its local pages), given to the build with `APK_COUNCIL=<folder>` or
 * `npm run build:edition -- --council <folder>`. With no folder the national edition builds
 * exactly as it would without this feature. Every key is checked; an unknown key is refused, so
 * a misspelt setting stops the build instead of being ignored.
 */

/**
 * The page background the accent sits on (src/styles/site.css, light mode). In dark mode the
 * edition draws its edges in the text colour instead (src/council/edition.css), so the accent
 * only ever meets this background and its own text colour.
 */
export const pageBackground = '#ffffff';

/** What the schema needs to know about the rest of the kit and the council's folder. */
export interface CouncilContext {
  /** Slugs of the national guidance pages in this release. */
  nationalPages: readonly string[];
  /** Slugs of the council's local pages (its pages/ folder). */
  localPages: readonly string[];
  /** Ids of the checklists in content/checklists/. */
  checklists: readonly string[];
  /** Reads a file in the council's folder by its relative path; undefined if there is none. */
  readFile: (path: string) => string | undefined;
}

const toolIds = tools.map((t) => t.id) as [string, ...string[]];

/** A name as the widgets accept it in an attribute (widgets/registry.json: 1 to 80 characters, no < or >). */
const localName = text.max(80, 'keep a local name under 80 characters').regex(/^[^<>]*$/, 'a local name cannot contain < or >');

const colour = z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a hex colour such as #1d70b8');

const httpsAddress = z.url({ protocol: /^https$/, error: 'expected an https address' });

/** One way to reach a team, for the contacts page and the "who to contact" asides. */
const contactSchema = z
  .strictObject({
    /** Stable id, used as the anchor on the contacts page (/contacts/#<id>). */
    id: slugId,
    /** The team's name, as staff know it. */
    team: text.max(120, 'keep the team name under 120 characters'),
    /** What to contact them about: topic ids from content/taxonomy.json. Pages on these topics show the contact. */
    about: z.array(z.enum(topicIds)).min(1, 'name at least one topic the team can help with'),
    /** One line on what they do, shown under the name. */
    description: text.max(300, 'keep the description under 300 characters').optional(),
    /** A phone number as staff dial it: digits, spaces, brackets, + and -. */
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'expected a phone number of digits, spaces, brackets, + and -')
      .optional(),
    email: z.email({ error: 'expected an email address' }).optional(),
    /** When the team answers, in words ("Monday to Friday, 9am to 5pm"). */
    hours: text.max(120, 'keep the hours under 120 characters').optional(),
    /** The team's own page, usually on the intranet (https). */
    page: httpsAddress.optional(),
  })
  .refine((c) => c.phone !== undefined || c.email !== undefined || c.page !== undefined, {
    message: 'give at least one way to contact the team: phone, email or page',
  });

/** A note the council adds to a national page, shown in a box headed "In <council>". */
function localNoteSchema(context: CouncilContext) {
  return z
    .strictObject({
      /** The national guidance page it goes on (its slug: /guidance/<page>/). */
      page: slugId,
      /** The note, one string per paragraph, in plain text. */
      text: z.array(text.max(800, 'keep each paragraph under 800 characters')).min(1, 'write at least one paragraph'),
      /** Optional link at the foot of the note: a local page (/local/<slug>/) or an https address. */
      link: z.strictObject({ text: text.max(120), href: z.string() }).optional(),
      /** When someone at the council last checked the note against the national page (YYYY-MM-DD). */
      reviewed: fullDate,
      /** What changed at the last review, for the amendments page. */
      changeNote: text.default('First published.'),
    })
    .superRefine((note, ctx) => {
      if (!context.nationalPages.includes(note.page)) {
        ctx.addIssue({
          code: 'custom',
          path: ['page'],
          message: `no national guidance page "${note.page}" (content/guidance/${note.page}.mdx) in this release; a note goes on an existing page`,
        });
      }
      const href = note.link?.href;
      if (href === undefined) return;
      const local = /^\/local\/([a-z0-9-]+)\/$/.exec(href);
      if (local && !context.localPages.includes(local[1]!)) {
        ctx.addIssue({ code: 'custom', path: ['link', 'href'], message: `no local page "${local[1]}" in the council's pages/ folder` });
      } else if (!local && !httpsAddress.safeParse(href).success) {
        ctx.addIssue({ code: 'custom', path: ['link', 'href'], message: 'expected a local page (/local/<slug>/) or an https address' });
      }
    });
}

/** Colours and logo. Colours are checked for WCAG 2.2 AA contrast where the site uses them. */
function brandSchema(context: CouncilContext) {
  return z
    .strictObject({
      /** The council's main colour: the header background and the edge of local notes and marks. */
      accent: colour,
      /** Text on the accent colour (the header's links, the "Local to" mark). */
      accentText: colour,
      /** The logo, an SVG file in the council's folder (relative path), shown in the header. */
      logo: z
        .string()
        .regex(/^[\w./-]+\.svg$/i, 'expected the relative path of an .svg file in the council folder')
        .optional(),
      /** The logo's text alternative; default "<council name> logo". */
      logoAlt: text.max(120).optional(),
    })
    .superRefine((brand, ctx) => {
      const onAccent = contrastRatio(brand.accentText, brand.accent);
      if (onAccent !== undefined && onAccent < 4.5) {
        ctx.addIssue({
          code: 'custom',
          path: ['accentText'],
          message: `contrast of accentText on accent is ${onAccent.toFixed(2)}:1; WCAG 2.2 AA needs 4.5:1 for text`,
        });
      }
      const edge = contrastRatio(brand.accent, pageBackground);
      if (edge !== undefined && edge < 3) {
        ctx.addIssue({
          code: 'custom',
          path: ['accent'],
          message: `contrast of accent against the page background ${pageBackground} is ${edge.toFixed(2)}:1; WCAG 2.2 AA needs 3:1 for the edges of boxes and marks`,
        });
      }
      if (brand.logo === undefined) return;
      const svg = context.readFile(brand.logo);
      if (svg === undefined) {
        ctx.addIssue({ code: 'custom', path: ['logo'], message: `no file "${brand.logo}" in the council folder` });
        return;
      }
      const problems = svgProblems(svg);
      if (problems.length > 0) ctx.addIssue({ code: 'custom', path: ['logo'], message: `"${brand.logo}" was refused: it has ${problems.join('; ')}` });
    });
}

export function councilSchema(context: CouncilContext) {
  return z
    .strictObject({
      /** Lets an editor check the file; ignored by the build. */
      $schema: z.string().optional(),
      /** The council's full name ("Anyshire County Council"). */
      name: text.max(120, 'keep the name under 120 characters'),
      /** The short name used in marks and boxes: "Local to Anyshire", "In Anyshire". Default: the full name. */
      shortName: text.max(60, 'keep the short name under 60 characters').optional(),
      /** True for an example council: every page of the edition then says it is fictional. */
      fictional: z.boolean().default(false),
      /**
       * The council's names for its services, filling the same placeholders the widgets use
       * ({attendanceTeam}, {virtualSchool}, {inclusionService}), and the site's own names
       * (virtualSchoolHead, safeguardingPartnership), which only the guidance text uses. A name
       * left out keeps the national wording (content/schemas/local-names.ts).
       */
      localNames: z
        .strictObject(Object.fromEntries(allLocalNameKeys.map((key) => [key, localName.optional()])) as Record<AnyLocalNameKey, z.ZodOptional<typeof localName>>)
        .default({}),
      /** Who to contact, and about what. */
      contacts: z.array(contactSchema).default([]),
      /** Notes on national pages, by page slug. */
      localNotes: z.array(localNoteSchema(context)).default([]),
      /** Colours and logo; without it the site keeps the kit's own. */
      brand: brandSchema(context).optional(),
      /** Tools (ids in content/tools.json) not to list on /tools/ or offer as next steps. Default: none hidden. */
      hiddenTools: z.array(z.enum(toolIds)).default([]),
      /** Checklists (ids of content/checklists/*.json) not to list on /checklists/ or /tools/. Default: none hidden. */
      hiddenChecklists: z.array(z.string()).default([]),
      /**
       * Where the council hosts its edition: an https origin with no path
       * ("https://kit.anyshire.example"). Canonical links and the embed code on the site use it.
       */
      origin: httpsAddress
        .refine(
          (url) => new URL(url).pathname === '/' && !url.endsWith('/') && !/[?#]/.test(url),
          'expected an origin with no path or trailing slash, such as https://kit.example.gov.uk',
        )
        .optional(),
    })
    .superRefine((settings, ctx) => {
      const seen = new Set<string>();
      settings.contacts.forEach((contact, index) => {
        if (seen.has(contact.id)) ctx.addIssue({ code: 'custom', path: ['contacts', index, 'id'], message: `contact id "${contact.id}" is used twice` });
        seen.add(contact.id);
      });
      settings.hiddenChecklists.forEach((id, index) => {
        if (!context.checklists.includes(id)) {
          ctx.addIssue({ code: 'custom', path: ['hiddenChecklists', index], message: `no checklist "${id}"; expected one of: ${context.checklists.join(', ')}` });
        }
      });
    })
    .transform((settings) => ({
      ...settings,
      shortName: settings.shortName ?? settings.name,
      /** Every local name, the council's where it set one and the national wording otherwise. */
      localNames: { ...defaultLocalNames, ...settings.localNames } as LocalNames,
      /** Only the names the council set: for the marks in the guidance text, and (the widgets' keys) widget attributes. */
      ownLocalNames: settings.localNames as CouncilNames,
    }));
}

export type CouncilSettings = z.output<ReturnType<typeof councilSchema>>;
