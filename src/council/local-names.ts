/**
 * Local names in the guidance text. Where a page speaks of a service every council names its
 * own way, the words are written as a link with the `local:` scheme and a local-name key:
 *
 *     Ask [the virtual school](local:virtualSchool) for advice.
 *
 * A national build shows the words as written ("the virtual school"), as plain text; a council
 * edition shows the council's name for it ("Anyshire Virtual School"), with a capital first
 * letter when the words written started with one. The mark is Markdown, so it works the same
 * in .md and .mdx pages. The keys are the widgets' own ({attendanceTeam}, {virtualSchool},
 * {inclusionService}) and the site's own (virtualSchoolHead, safeguardingPartnership), all in
 * content/schemas/local-names.ts; an unknown key stops the build. Text kept as data is marked
 * the same way (content/schemas/local-marks.ts).
 * A plugin for Sätteri, Astro's own Markdown processor (astro.config.mjs).
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { expectedLocalMarks, isLocalNameKey, localScheme, localWording, type CouncilNames } from '../../content/schemas/local-marks.ts';

/** The Sätteri mdast plugin, for `satteri({ mdastPlugins: [localNames({ names })] })`. */
export default function localNames(options: { names?: CouncilNames | undefined } = {}): MdastPluginDefinition {
  const names = options.names ?? {};
  return {
    name: 'local-names',
    link(node, context) {
      if (!node.url.startsWith(localScheme)) return;
      const key = node.url.slice(localScheme.length);
      if (!isLocalNameKey(key)) {
        const where = context.fileURL ? fileURLToPath(context.fileURL) : 'a page';
        throw new Error(`${where}: unknown local name "${node.url}"; expected one of: ${expectedLocalMarks}`);
      }
      context.replaceNode(node, { type: 'text', value: localWording(context.textContent(node), names[key]) });
    },
  };
}
