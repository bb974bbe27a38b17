import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks from '../../src/lib/remark-glossary-links.mjs';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const dir = mkdtempSync(join(tmpdir(), 'apk-glossary-'));
const glossaryFile = join(dir, 'glossary.yaml');
writeFileSync(glossaryFile, '- id: dsl\n  abbreviation: DSL\n- id: ehcp\n  abbreviation: EHCP\n- id: la\n  abbreviation: LA\n');
const transform = remarkGlossaryLinks({ glossaryFile }) as (tree: Node) => void;

const paragraph = (...children: Node[]): Node => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const links = (tree: Node): string[] => {
  const found: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'link') found.push(`${n.children?.[0]?.value}→${n.url}`);
    n.children?.forEach(walk);
  };
  walk(tree);
  return found;
};

describe('glossary links in guidance pages', () => {
  it('links the first use of each abbreviation only', () => {
    const tree = paragraph({ type: 'text', value: 'Ask the DSL about the EHCP. The DSL will know.' });
    transform(tree);
    expect(links(tree)).toEqual(['DSL→/glossary/#dsl', 'EHCP→/glossary/#ehcp']);
    const text = JSON.stringify(tree);
    expect(text).toContain('The DSL will know.');
  });
  it('matches whole words only, case as written', () => {
    const tree = paragraph({ type: 'text', value: 'LAST year, la la, DSLs and LA-wide' });
    transform(tree);
    expect(links(tree)).toEqual([]);
  });
  it('leaves headings and existing links alone', () => {
    const tree: Node = {
      type: 'root',
      children: [
        { type: 'heading', children: [{ type: 'text', value: 'The DSL' }] },
        { type: 'paragraph', children: [{ type: 'link', url: '/x/', children: [{ type: 'text', value: 'DSL' }] }, { type: 'text', value: ' and the DSL' }] },
      ],
    };
    transform(tree);
    expect(links(tree)).toEqual(['DSL→/x/', 'DSL→/glossary/#dsl']);
  });
});
