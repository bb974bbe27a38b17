/**
 * The mark for wording a council names its own way, [the virtual school](local:virtualSchool):
 * the words as written in the national edition, the council's name in its own.
 */
import { describe, expect, it } from 'vitest';
import remarkLocalNames, { localWording } from '../../src/council/remark-local-names.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const mark = (words: string, key: string): Node => ({ type: 'link', url: `local:${key}`, children: [{ type: 'text', value: words }] });
const page = (...children: Node[]): Node => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const text = (tree: Node): string => tree.value ?? (tree.children ?? []).map(text).join('');
const hasLink = (tree: Node): boolean => tree.type === 'link' || (tree.children ?? []).some(hasLink);

describe('local names in guidance text', () => {
  it('shows the words as written, as plain text, in the national edition', () => {
    const tree = page({ type: 'text', value: 'Ask ' }, mark('the virtual school', 'virtualSchool'), { type: 'text', value: ' for advice.' });
    remarkLocalNames()(tree);
    expect(text(tree)).toBe('Ask the virtual school for advice.');
    expect(hasLink(tree)).toBe(false);
  });

  it('shows the council\'s name in its edition, and keeps national wording for a name it did not set', () => {
    const tree = page(mark('the virtual school', 'virtualSchool'), { type: 'text', value: ' and ' }, mark("the council's inclusion service", 'inclusionService'));
    remarkLocalNames({ names: { virtualSchool: 'Anyshire Virtual School' } })(tree);
    expect(text(tree)).toBe("Anyshire Virtual School and the council's inclusion service");
  });

  it('finds marks inside emphasis, lists and headings', () => {
    const tree: Node = { type: 'root', children: [{ type: 'list', children: [{ type: 'listItem', children: [{ type: 'emphasis', children: [mark('the attendance team', 'attendanceTeam')] }] }] }] };
    remarkLocalNames({ names: { attendanceTeam: 'the Anyshire Attendance Support Team' } })(tree);
    expect(text(tree)).toBe('the Anyshire Attendance Support Team');
  });

  it('starts with a capital where the words written did', () => {
    expect(localWording('The attendance team', 'the Anyshire Attendance Support Team')).toBe('The Anyshire Attendance Support Team');
    expect(localWording('the attendance team', 'the Anyshire Attendance Support Team')).toBe('the Anyshire Attendance Support Team');
    expect(localWording('The virtual school', undefined)).toBe('The virtual school');
  });

  it('stops the build on an unknown key, naming the file', () => {
    expect(() => remarkLocalNames()(page(mark('the school nurse', 'schoolNurse')), { path: 'content/guidance/x.mdx' })).toThrow(
      'content/guidance/x.mdx: unknown local name "local:schoolNurse"; expected one of: local:attendanceTeam, local:virtualSchool, local:inclusionService',
    );
  });

  it('leaves ordinary links alone', () => {
    const tree = page({ type: 'link', url: '/guidance/what-to-monitor/', children: [{ type: 'text', value: 'what to monitor' }] });
    remarkLocalNames({ names: { virtualSchool: 'Anyshire Virtual School' } })(tree);
    expect(hasLink(tree)).toBe(true);
  });
});
