import { describe, expect, it } from 'vitest';
import { baseUrlSetting, idListSetting, parseJsonSafely, resolveConfig, textSetting, type SettingChecks } from './config.ts';

interface Example {
  title: string;
  names: { a: string; b: string };
  ids: string[];
}
const defaults: Example = Object.freeze({ title: 'Default', names: { a: 'A', b: 'B' }, ids: [] as string[] });
const checks: SettingChecks<Example> = {
  title: textSetting(20),
  names: (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? { value: value as Example['names'] } : { error: 'must be an object' }),
  ids: idListSetting(3),
};

describe('configuration precedence: defaults, then inline JSON, then attributes', () => {
  it('uses the defaults when nothing is set', () => {
    expect(resolveConfig(defaults, checks, [])).toEqual({ config: defaults, errors: [] });
  });

  it('lets inline JSON override the defaults, and attributes override inline JSON', () => {
    const { config, errors } = resolveConfig(defaults, checks, [
      { from: 'inline JSON', data: { title: 'Inline', ids: ['one'] } },
      { from: 'attributes', data: { title: 'Attribute' } },
    ]);
    expect(errors).toEqual([]);
    expect(config).toEqual({ title: 'Attribute', names: { a: 'A', b: 'B' }, ids: ['one'] });
  });

  it('merges objects key by key, so one attribute does not wipe the other names', () => {
    const { config } = resolveConfig(defaults, checks, [
      { from: 'inline JSON', data: { names: { a: 'Inline A' } } },
      { from: 'attributes', data: { names: { b: 'Attribute B' } } },
    ]);
    expect(config.names).toEqual({ a: 'Inline A', b: 'Attribute B' });
  });

  it('ignores a bad setting with a message naming it, where it came from and what was expected, and keeps the value below it', () => {
    const { config, errors } = resolveConfig(defaults, checks, [
      { from: 'inline JSON', data: { title: 'Inline' } },
      { from: 'attributes', data: { title: 42, ids: 'ok, Not_An_Id' }, names: { ids: 'id-list' } },
    ]);
    expect(config).toEqual({ title: 'Inline', names: { a: 'A', b: 'B' }, ids: [] });
    expect(errors).toEqual([
      'attributes: "title" must be some text, so it was ignored',
      'attributes: "id-list" has "Not_An_Id", which is not an id (lower-case letters, digits and hyphens), so it was ignored',
    ]);
  });

  it('names an unknown setting and the ones it could have meant', () => {
    expect(resolveConfig(defaults, checks, [{ from: 'inline JSON', data: { titel: 'x' } }]).errors).toEqual([
      'inline JSON: unknown setting "titel" was ignored; expected one of: title, names, ids',
    ]);
  });

  it('never changes the defaults object', () => {
    resolveConfig(defaults, checks, [{ from: 'attributes', data: { names: { a: 'Changed' } } }]);
    expect(defaults.names.a).toBe('A');
  });
});

describe('setting checks', () => {
  it('accepts paths on the site and http(s) addresses as a base URL, and refuses script URLs', () => {
    expect(baseUrlSetting('/guidance/')).toEqual({ value: '/guidance/' });
    expect(baseUrlSetting('../kit/')).toEqual({ value: '../kit/' });
    expect(baseUrlSetting('https://kit.example.org/guidance/')).toEqual({ value: 'https://kit.example.org/guidance/' });
    for (const bad of ['javascript:alert(1)//', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/', 'vbscript:x', '', 5]) {
      expect(baseUrlSetting(bad), String(bad)).toHaveProperty('error');
    }
  });

  it('reads an id list from an attribute’s spaces or commas, or from a JSON array', () => {
    expect(idListSetting(5)('lateness, suspensions  reduced-hours')).toEqual({ value: ['lateness', 'suspensions', 'reduced-hours'] });
    expect(idListSetting(5)(['a', 'b'])).toEqual({ value: ['a', 'b'] });
    expect(idListSetting(1)(['a', 'b'])).toHaveProperty('error');
    expect(idListSetting(5)({})).toHaveProperty('error');
  });

  it('refuses empty and over-long text', () => {
    expect(textSetting(5)('  ')).toHaveProperty('error');
    expect(textSetting(5)('too long')).toEqual({ error: 'must be at most 5 characters' });
    expect(textSetting(5)(' ok ')).toEqual({ value: 'ok' });
  });
});

describe('parsing JSON from outside', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,2]}')).toEqual({ ok: true, data: { a: [1, 2] } });
  });
  it('reports a syntax error rather than throwing', () => {
    expect(parseJsonSafely('{"a":')).toEqual({ ok: false, error: 'syntax' });
  });
  it('refuses __proto__, constructor and prototype keys at any depth', () => {
    expect(parseJsonSafely('{"x":{"__proto__":{"polluted":true}}}')).toEqual({ ok: false, error: 'forbidden-key' });
    expect(parseJsonSafely('[{"constructor":{"prototype":{}}}]')).toEqual({ ok: false, error: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text settings', () => {
  it('refuses a name made only of zero-width characters, which would show as a blank', () => {
    expect(textSetting(20)('\u200B\u200B')).toHaveProperty('error');
    expect(textSetting(20)('\uFEFF \u2060')).toHaveProperty('error');
    expect(textSetting(20)('Anyshire\u200B')).toHaveProperty('value');
  });
});
