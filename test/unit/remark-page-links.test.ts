import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkPageLinks from '../../src/lib/remark-page-links.mjs';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const guidanceDir = mkdtempSync(join(tmpdir(), 'apk-page-links-'));
writeFileSync(join(guidanceDir, 'what-to-monitor.mdx'), '---\ntitle: "What to monitor: attendance and lateness"\nsummary: x\n---\n\nBody.\n');
const transform = remarkPageLinks({ guidanceDir }) as (tree: Node, file?: { path: string }) => void;
const file = { path: 'content/guidance/example.mdx' };

const paragraph = (...children: Node[]): Node => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const link = (url: string, text?: string): Node => ({ type: 'link', url, children: text === undefined ? [] : [{ type: 'text', value: text }] });
const linkTexts = (tree: Node): string[] => {
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'link') found.push(`${n.children?.map((c) => c.value).join('')}→${n.url}`);
    n.children?.forEach(walk);
  };
  walk(tree);
  return found;
};

describe('links between guidance pages', () => {
  it('gives a link written with no text the title of the page it points to', () => {
    const tree = paragraph({ type: 'text', value: 'See ' }, link('/guidance/what-to-monitor/'), { type: 'text', value: '.' });
    transform(tree, file);
    expect(linkTexts(tree)).toEqual(['What to monitor: attendance and lateness→/guidance/what-to-monitor/']);
  });

  it('keeps the words of a link that has its own text', () => {
    const tree = paragraph(link('/guidance/what-to-monitor/#lateness', 'lateness'));
    transform(tree, file);
    expect(linkTexts(tree)).toEqual(['lateness→/guidance/what-to-monitor/#lateness']);
  });

  it('fails on a link to a guidance page that does not exist, naming the file and the page', () => {
    expect(() => transform(paragraph(link('/guidance/no-such-page/')), file)).toThrow(
      'content/guidance/example.mdx: link to /guidance/no-such-page/, but content/guidance/ has no page "no-such-page"',
    );
  });

  it('fails on a guidance address left in the text as a bare path, saying how to write the link', () => {
    expect(() => transform(paragraph({ type: 'text', value: 'For more, see /guidance/what-to-monitor/.' }), file)).toThrow(
      'content/guidance/example.mdx: "/guidance/what-to-monitor/" is written as a bare path; write it as a link, [](/guidance/what-to-monitor/)',
    );
  });

  it('leaves a path shown as code alone', () => {
    const tree = paragraph({ type: 'inlineCode', value: '/guidance/what-to-monitor/' });
    expect(() => transform(tree, file)).not.toThrow();
  });
});
