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
 * {inclusionService}: content/schemas/local-names.ts); an unknown key stops the build.
 */
import { localNameKeys, type LocalNames } from '../../content/schemas/local-names.ts';

interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

export const localScheme = 'local:';

function plainText(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

/** The words to show for one mark: the council's name, or the words as written. */
export function localWording(written: string, councilName: string | undefined): string {
  if (councilName === undefined) return written;
  const capital = /^\p{Lu}/u.test(written);
  return capital ? councilName.charAt(0).toUpperCase() + councilName.slice(1) : councilName;
}

export default function remarkLocalNames(options: { names?: Partial<LocalNames> | undefined } = {}) {
  const names = options.names ?? {};
  return (tree: MarkdownNode, file?: { path?: string }) => {
    const walk = (node: MarkdownNode) => {
      node.children?.forEach((child, index) => {
        if (child.type === 'link' && child.url?.startsWith(localScheme)) {
          const key = child.url.slice(localScheme.length);
          if (!(localNameKeys as string[]).includes(key)) {
            throw new Error(`${file?.path ?? 'a page'}: unknown local name "${child.url}"; expected one of: ${localNameKeys.map((k) => localScheme + k).join(', ')}`);
          }
          node.children![index] = { type: 'text', value: localWording(plainText(child), names[key as keyof LocalNames]) };
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
  };
}
