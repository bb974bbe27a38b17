import { describe, expect, it } from 'vitest';
import { explainedTerms, readableText, wordsOf } from '../../src/lib/explained-terms.ts';
import { guidancePages } from '../helpers/content.ts';

describe('"Explained on this page": the keywords a page\'s own text uses', () => {
  it('keeps a keyword the text uses, whatever its case, hyphens, quotes or line breaks', () => {
    const body = 'Check **lesson-by-lesson\nattendance** and the "Checklist for Support".';
    expect(explainedTerms(['Lesson by lesson attendance', 'checklist for support'], body)).toEqual(['Lesson by lesson attendance', 'checklist for support']);
  });

  it('drops a keyword the text never uses, such as an acronym kept only for search', () => {
    expect(explainedTerms(['EBSA', 'school refusal', 'anxiety'], 'Is anxiety keeping the child away?')).toEqual(['anxiety']);
  });

  it('matches whole words only', () => {
    expect(explainedTerms(['PA', 'LA'], 'A pupil at PAddington played in LAs.')).toEqual([]);
  });

  it('does not count words that are only in a link address or a comment', () => {
    const text = readableText("See [](/guidance/what-you-can-do/) and [the four i's](/guidance/local-plans/). {/* reduced timetable */}");
    expect(explainedTerms(['what you can do', "four i's", 'reduced timetable'], text)).toEqual(["four i's"]);
  });

  it('reads words as a reader would: lower case, no punctuation', () => {
    expect(wordsOf('Child’s “voice”: 10%—of sessions!')).toBe("child's voice 10% of sessions");
  });

  it('shows at least one explained term on most pages that have keywords', () => {
    const withKeywords = guidancePages().filter((p) => (p.data.searchKeywords ?? []).length > 0);
    const shown = withKeywords.filter((p) => explainedTerms(p.data.searchKeywords ?? [], readableText(p.body)).length > 0);
    expect(shown.length).toBeGreaterThan(withKeywords.length * 0.8);
  });
});
