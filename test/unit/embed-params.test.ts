import { describe, expect, it } from 'vitest';
import { registry } from '../../widgets/registry.ts';
import { readEmbedParams } from '../../widgets/embed/embed-params.ts';

const checklist = registry.widgets.find((w) => w.tag === 'attendance-checklist')!;
const rules = { attributes: checklist.attributes, commonAttributes: registry.commonAttributes };

describe('iframe embed query strings', () => {
  it('passes on allowed settings', () => {
    const r = readEmbedParams('?checklist=pupil-voice&storage=local&frame-id=att1&virtual-school=Northshire%20Virtual%20School', rules);
    expect(r.attributes).toEqual({ checklist: 'pupil-voice', storage: 'local', 'virtual-school': 'Northshire Virtual School' });
    expect(r.frameId).toBe('att1');
    expect(r.problems).toEqual([]);
  });
  it('refuses unknown settings and values outside the rules, saying why', () => {
    const r = readEmbedParams('?checklist=nope&onload=alert(1)&storage=cloud&base-url=javascript:alert(1)&virtual-school=%3Cimg%3E', rules);
    expect(r.attributes).toEqual({});
    expect(r.problems).toHaveLength(5);
    expect(r.problems.join(' ')).toContain('checklist must be one of');
    expect(r.problems.join(' ')).toContain('“onload” is not a setting');
  });
  it('does not let __proto__ or constructor through', () => {
    const r = readEmbedParams('?__proto__=x&constructor=y', rules);
    expect(Object.keys(r.attributes)).toEqual([]);
    expect(r.problems).toHaveLength(2);
  });
  it('refuses a frame id that could be anything other than a plain name', () => {
    expect(readEmbedParams('?frame-id=%22%3E%3Cscript%3E', rules).frameId).toBeUndefined();
  });
});

describe('an embed page’s own settings (a council edition’s names)', () => {
  const defaults = { 'virtual-school': 'Anyshire Virtual School', 'attendance-team': 'the Anyshire Attendance Support Team' };

  it('are used when the query string does not set them', () => {
    const r = readEmbedParams('?checklist=supervision', rules, defaults);
    expect(r.attributes).toEqual({ checklist: 'supervision', ...defaults });
    expect(r.problems).toEqual([]);
  });

  it('give way to the query string', () => {
    const r = readEmbedParams('?virtual-school=Northshire%20Virtual%20School', rules, defaults);
    expect(r.attributes).toEqual({ 'virtual-school': 'Northshire Virtual School', 'attendance-team': 'the Anyshire Attendance Support Team' });
  });

  it('are held to the same rules: a setting the widget does not take, or a value outside its rule, is left out', () => {
    const r = readEmbedParams('', rules, JSON.parse('{"mode":"percentage","virtual-school":"<img src=x>","__proto__":"x"}') as Record<string, string>);
    expect(r.attributes).toEqual({});
  });
});
