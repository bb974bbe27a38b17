import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, reportPath } from '../../scripts/write-test-report.mjs';
import { recordTrials, trialCategories } from '../helpers/trials.ts';
import report from '../../content/reports/test-run.json' with { type: 'json' };

describe('the test report', () => {
  it('adds up each category from the checks the tests recorded, in the published order', () => {
    const built = buildReport(
      [
        { category: 'pages', check: 'b', tried: 3 },
        { category: 'pages', check: 'a', tried: 4 },
        { category: 'properties', check: 'c', tried: 100 },
      ],
      { ranAt: '2026-11-28T00:00:00.000Z', commit: 'abc', node: '24' },
    );
    expect(built.categories.map((c: { id: string }) => c.id)).toEqual(Object.keys(trialCategories));
    const pages = built.categories.find((c: { id: string }) => c.id === 'pages');
    expect(pages).toMatchObject({
      tried: 7,
      checks: [
        { check: 'a', tried: 4 },
        { check: 'b', tried: 3 },
      ],
    });
    expect(built.categories.find((c: { id: string }) => c.id === 'embedding')?.tried).toBe(0);
  });

  it('refuses a record in an unknown category or with no cases', () => {
    expect(() => recordTrials({ category: 'nonsense' as 'pages', check: 'x', tried: 1 })).toThrow(/Unknown trial category/);
    expect(() => recordTrials({ category: 'pages', check: 'x', tried: 0 })).toThrow(/tried 0/);
  });

  it('is written by a test run to an ignored file, so `npm test` changes nothing git tracks', () => {
    const root = resolve(import.meta.dirname, '../..');
    const path = relative(root, reportPath);
    expect(path).not.toBe('content/reports/test-run.json');
    // git check-ignore exits 0 only for an ignored path.
    expect(execFileSync('git', ['check-ignore', path], { cwd: root, encoding: 'utf8' }).trim()).toBe(path);
  });

  it('published the last run with every category tried', () => {
    expect(report.categories.map((c) => c.id)).toEqual(Object.keys(trialCategories));
    for (const category of report.categories) expect(category.tried, category.id).toBeGreaterThan(0);
  });
});
