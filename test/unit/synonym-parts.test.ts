import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import { canonicalSynonyms, mergePlan, partOf, partsFor, splitPlan, wholeMapKey, wholeMapPart } from '../../src/lib/search/synonym-parts.ts';
import { wholePlan } from '../helpers/search-plan.ts';
import tuned from '../e2e/search-questions.json' with { type: 'json' };
import tuned2 from '../e2e/search-questions-tuning-2.json' with { type: 'json' };
import tuned3 from '../e2e/search-questions-tuning-3.json' with { type: 'json' };
import tuned4 from '../e2e/search-questions-tuning-4.json' with { type: 'json' };
import tuned5 from '../e2e/search-questions-tuning-5.json' with { type: 'json' };
import tuned6 from '../e2e/search-questions-tuning-6.json' with { type: 'json' };
import tuned7 from '../e2e/search-questions-tuning-7.json' with { type: 'json' };
import tuned8 from '../e2e/search-questions-tuning-8.json' with { type: 'json' };
import tuned9 from '../e2e/search-questions-tuning-9.json' with { type: 'json' };

const original = wholePlan();
const { base, parts } = splitPlan(original);
/** What the search page plans with: the whole map, its phrases in the order any parts give them. */
const whole = { ...original, synonyms: canonicalSynonyms(original.synonyms) };
const forQuery = (query: string) =>
  mergePlan(
    base,
    partsFor(query, base).map((key) => parts[key]!),
  );

describe('the everyday-word map in parts by first letters', () => {
  it('has the whole map as one part too, which gives the whole plan, under a key no two-letter part has', () => {
    expect(mergePlan(base, [wholeMapPart(original)])).toEqual(whole);
    expect(base.synonymParts).not.toContain(wholeMapKey);
  });

  it('reads every question of the six tuning sets exactly as the whole map does', () => {
    const questions = [...tuned, ...tuned2, ...tuned3, ...tuned4, ...tuned5, ...tuned6, ...tuned7, ...tuned8, ...tuned9].map((q) => q.q);
    expect(questions.length).toBeGreaterThan(250);
    for (const q of questions) expect(planQuery(q, forQuery(q)), q).toEqual(planQuery(q, whole));
  });

  it('reads every everyday phrase, alone and inside a sentence, exactly as the whole map does', () => {
    const queries = original.synonyms
      .flatMap((s) => s.words)
      .flatMap((phrase) => [phrase, `what if ${phrase}`, `my child ${phrase.toUpperCase()} at school`, `help when the ${phrase}s and attendance`]);
    expect(queries.length).toBeGreaterThan(2000);
    for (const q of queries) expect(planQuery(q, forQuery(q)), q).toEqual(planQuery(q, whole));
  });

  it('reads another form of an irregular verb in a phrase exactly as the whole map does', () => {
    // "took" and "told" start otherwise than the map's "take"/"tell" phrases: their parts are fetched too.
    const queries = original.synonyms
      .flatMap((s) => s.words)
      .filter((phrase) => /\b(take|taking|tell|tells|fall|falling|give|fight|run|write)\b/.test(phrase))
      .map((phrase) =>
        phrase
          .replace(/\b(take|taking)\b/, 'took')
          .replace(/\b(tell|tells)\b/, 'told')
          .replace(/\b(fall|falling)\b/, 'fell')
          .replace(/\bgive\b/, 'gave')
          .replace(/\bfight\b/, 'fought')
          .replace(/\brun\b/, 'ran')
          .replace(/\bwrite\b/, 'wrote'),
      );
    expect(queries.length).toBeGreaterThan(3);
    for (const q of queries) expect(planQuery(q, forQuery(q)), q).toEqual(planQuery(q, whole));
  });

  it('puts the whole map back together from all its parts, in its order', () => {
    expect(
      mergePlan(
        base,
        base.synonymParts.map((key) => parts[key]!),
      ),
    ).toEqual(whole);
  });

  it('fetches a fraction of the map for one word, and less than all of it for a question', () => {
    const size = (data: object) => gzipSync(JSON.stringify(data), { level: 9 }).length;
    const fetched = (query: string) => partsFor(query, base).reduce((sum, key) => sum + size(parts[key]!), 0);
    const map = size(original.synonyms);
    // With the list of parts the base carries, gzipped as a server sends them.
    const list = size(base.synonymParts);
    expect(fetched('attendance') + list).toBeLessThan(map * 0.15);
    expect(fetched('what should I ask the school about a child on a reduced timetable') + list).toBeLessThan(map * 0.6);
  });

  it('files words by their first two letters, anything not a letter or digit together', () => {
    expect([partOf('Attendance'), partOf('1st'), partOf('GP'), partOf('école'), partOf("'til")]).toEqual(['at', '1s', 'gp', '_', '_']);
    expect(partsFor('EWO or attendance officer?', { synonymParts: ['at', 'ew', 'of', 'xy'] })).toEqual(['at', 'ew', 'of']);
  });
});
