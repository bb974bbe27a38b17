/**
 * The mark for wording a council names its own way, [the virtual school](local:virtualSchool):
 * the words as written in the national edition, the council's name in its own.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import localNames from '../../src/council/local-names.ts';
import { localWording } from '../../content/schemas/local-marks.ts';
import type { LocalNames } from '../../content/schemas/local-names.ts';

// The processor the site's pages go through (astro.config.mjs), with a council's names or none.
async function render(markdown: string, names?: Partial<LocalNames>) {
  const renderer = await satteri({ mdastPlugins: [localNames({ names })] }).createRenderer({});
  return (await renderer.render(markdown, { fileURL: pathToFileURL('/site/content/guidance/x.md') })).code.trim();
}

describe('local names in guidance text', () => {
  it('shows the words as written, as plain text, in the national edition', async () => {
    expect(await render('Ask [the virtual school](local:virtualSchool) for advice.')).toBe('<p>Ask the virtual school for advice.</p>');
  });

  it("shows the council's name in its edition, and keeps national wording for a name it did not set", async () => {
    const html = await render('[the virtual school](local:virtualSchool) and [the inclusion service](local:inclusionService)', {
      virtualSchool: 'Anyshire Virtual School',
    });
    expect(html).toBe('<p>Anyshire Virtual School and the inclusion service</p>');
  });

  it('finds marks inside emphasis, lists and headings', async () => {
    const html = await render('- *[the attendance team](local:attendanceTeam)*\n\n## Ask [the virtual school](local:virtualSchool)', {
      attendanceTeam: 'the Anyshire Attendance Support Team',
      virtualSchool: 'Anyshire Virtual School',
    });
    expect(html).toContain('<em>the Anyshire Attendance Support Team</em>');
    expect(html).toMatch(/<h2[^>]*>Ask Anyshire Virtual School<\/h2>/);
    expect(html).not.toContain('<a');
  });

  it('starts with a capital where the words written did', () => {
    expect(localWording('The attendance team', 'the Anyshire Attendance Support Team')).toBe('The Anyshire Attendance Support Team');
    expect(localWording('the attendance team', 'the Anyshire Attendance Support Team')).toBe('the Anyshire Attendance Support Team');
    expect(localWording('The virtual school', undefined)).toBe('The virtual school');
  });

  it('stops the build on an unknown key, naming the file', async () => {
    await expect(render('[the school nurse](local:schoolNurse)')).rejects.toThrow(
      '/site/content/guidance/x.md: unknown local name "local:schoolNurse"; expected one of: local:attendanceTeam, local:virtualSchool, local:inclusionService, local:virtualSchoolHead, local:safeguardingPartnership',
    );
  });

  it('leaves ordinary links alone', async () => {
    expect(await render('[what to monitor](/guidance/what-to-monitor/)', { virtualSchool: 'Anyshire Virtual School' })).toContain(
      '<a href="/guidance/what-to-monitor/">what to monitor</a>',
    );
  });
});
