import { describe, expect, it } from 'vitest';
import { answerRank, answers, questionSet, shareReport, type SearchQuestion } from '../helpers/search-questions.ts';

describe('scoring search results against a question set', () => {
  it('counts a section of the right page as answering a question that names only the page', () => {
    expect(answers('/guidance/what-to-monitor/#lateness', '/guidance/what-to-monitor/')).toBe(true);
  });

  it('needs the same anchor when the question names one', () => {
    expect(answers('/glossary/#dsl', '/glossary/#dsl')).toBe(true);
    expect(answers('/glossary/', '/glossary/#dsl')).toBe(false);
    expect(answers('/glossary/#pep', '/glossary/#dsl')).toBe(false);
  });

  it('ranks by the first result that answers, accepting the alternatives', () => {
    const question: SearchQuestion = { q: 'x', expect: '/a/', alsoAccept: ['/b/#c'] };
    expect(answerRank(['/z/', '/b/#c', '/a/'], question)).toBe(2);
    expect(answerRank(['/z/', '/b/'], question)).toBe(0);
  });

  it('reports top 1 and top 3 shares per category, and lists misses only when asked', () => {
    const q = (expect: string, category: string): SearchQuestion => ({ q: expect, expect, category });
    const outcomes = [
      { question: q('/a/', 'tool'), urls: ['/a/'] },
      { question: q('/b/', 'tool'), urls: ['/x/', '/y/', '/b/'] },
      { question: q('/c/', 'definition'), urls: ['/x/', '/y/', '/z/', '/c/'] },
    ];
    const listed = shareReport(outcomes, { listMisses: true });
    expect(listed).toMatchObject({ questions: 3, top1: 1, top3: 2, top3Share: 0.667 });
    expect(listed.byCategory.tool).toMatchObject({ questions: 2, top1: 1, top3: 2 });
    expect(listed.misses).toEqual([{ q: '/c/', expect: '/c/', rank: 4, top3: ['/x/', '/y/', '/z/'] }]);
    expect(shareReport(outcomes, { listMisses: false }).misses).toEqual([]);
  });

  it('keeps every question set well formed: a question and a site path for each answer', () => {
    for (const set of [
      'tuned',
      'tuned2',
      'tuned3',
      'tuned4',
      'tuned5',
      'tuned6',
      'tuned7',
      'tuned8',
      'tuned9',
      'heldOut',
      'heldOut2',
      'heldOut3',
      'heldOut4',
      'heldOut5',
    ] as const) {
      for (const question of questionSet(set)) {
        expect(question.q.trim()).not.toBe('');
        for (const url of [question.expect, ...(question.alsoAccept ?? [])]) expect(url).toMatch(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/);
      }
    }
  });
});
