/**
 * A council's settings file (content/schemas/council.ts, read by src/council/settings.ts):
 * the fictional Anyshire example loads, and each kind of mistake is refused with the file and
 * the field named. test/unit/council-errors.test.ts shows the same messages stop a real build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/council/settings.ts';
import { councilSchema, pageBackground } from '../../content/schemas/council.ts';
import { svgProblems } from '../../src/lib/svg-safety.ts';
import { embedHost, localNameAttributes } from '../../src/council/widget-settings.ts';
import { checklistShown, toolShown } from '../../src/council/shown.ts';
import { anyshireDir, contentDir, councilCopies, root } from '../helpers/council.ts';

const copy = councilCopies();

/** The message a broken copy gives; fails the test if the copy loads. */
function refusal(dir: string): string {
  try {
    loadEdition(dir, contentDir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the settings loaded, but should have been refused');
}

describe('the fictional Anyshire council', () => {
  const anyshire = loadEdition(anyshireDir, contentDir)!;

  it('loads, with its names over the national wording', () => {
    expect(anyshire.name).toBe('Anyshire County Council');
    expect(anyshire.fictional).toBe(true);
    expect(anyshire.localNames.virtualSchool).toBe('Anyshire Virtual School');
    expect(anyshire.contacts.length).toBeGreaterThanOrEqual(3);
    expect(anyshire.localNotes.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the widgets on the site its names as attributes, and the embed code its origin', () => {
    expect(localNameAttributes(anyshire)).toEqual({
      'attendance-team': 'the Anyshire Attendance Support Team',
      'virtual-school': 'Anyshire Virtual School',
      'inclusion-service': 'the Anyshire Inclusion Hub',
    });
    expect(embedHost(anyshire)).toBe('https://attendance.anyshire.example');
  });

  it('with no council folder there is no edition, no widget names and the placeholder host', () => {
    expect(loadEdition(undefined, contentDir)).toBeUndefined();
    expect(localNameAttributes(undefined)).toEqual({});
    expect(embedHost(undefined)).toBe('https://YOUR-HOST');
  });

  it("hides the tools and checklists a council chooses, and a checklist's tool entry with it", () => {
    const council = loadEdition(
      copy((s) => Object.assign(s, { hiddenTools: ['four-is-planner'], hiddenChecklists: ['pupil-voice'] })),
      contentDir,
    )!;
    expect(toolShown({ id: 'four-is-planner', href: '/tools/four-is/' }, council)).toBe(false);
    expect(toolShown({ id: 'pupil-voice-checklist', href: '/checklists/pupil-voice/' }, council)).toBe(false);
    expect(toolShown({ id: 'attendance-calculator', href: '/tools/attendance-calculator/' }, council)).toBe(true);
    expect(checklistShown('pupil-voice', council)).toBe(false);
    expect(checklistShown('pupil-voice', undefined)).toBe(true);
  });
});

describe('a broken settings file is refused, naming the file and the field', () => {
  it('refuses an unknown key', () => {
    const message = refusal(copy((s) => Object.assign(s, { colour: '#000000' })));
    expect(message).toMatch(/apk-council-\w+\/council\.json is not valid/);
    expect(message).toMatch(/colour/);
  });

  it('refuses an unknown key inside a contact', () => {
    const message = refusal(copy((s) => Object.assign(s.contacts[0]!, { fax: '01632 960 999' })));
    expect(message).toContain('contacts.0');
    expect(message).toContain('fax');
  });

  it('refuses a contact with no way to contact the team', () => {
    const message = refusal(
      copy((s) => {
        const contact = s.contacts[1]!;
        delete contact.phone;
        delete contact.email;
        delete contact.page;
      }),
    );
    expect(message).toContain('contacts.1: give at least one way to contact the team: phone, email or page');
  });

  it('refuses a contact about a topic the taxonomy does not have', () => {
    expect(refusal(copy((s) => Object.assign(s.contacts[0]!, { about: ['parking'] })))).toContain('contacts.0.about.0');
  });

  it('refuses a local note on a national page that does not exist', () => {
    const message = refusal(copy((s) => Object.assign(s.localNotes[0]!, { page: 'no-such-page' })));
    expect(message).toContain('localNotes.0.page: no national guidance page "no-such-page"');
  });

  it('refuses a local note linking to a local page that does not exist', () => {
    const message = refusal(copy((s) => Object.assign(s.localNotes[0]!, { link: { text: 'Panel', href: '/local/no-such-page/' } })));
    expect(message).toContain('localNotes.0.link.href: no local page "no-such-page"');
  });

  it('refuses text on the accent colour that fails WCAG contrast', () => {
    const message = refusal(copy((s) => Object.assign(s.brand, { accentText: '#5a9aa5' })));
    expect(message).toMatch(/brand\.accentText: contrast of accentText on accent is \d\.\d\d:1; WCAG 2\.2 AA needs 4\.5:1/);
  });

  it('refuses an accent colour that cannot be seen on the page background', () => {
    const message = refusal(copy((s) => Object.assign(s.brand, { accent: '#a8d5dc', accentText: '#0b0c0c' })));
    expect(message).toMatch(/brand\.accent: contrast of accent against the page background #ffffff is \d\.\d\d:1; WCAG 2\.2 AA needs 3:1/);
  });

  it('refuses a colour that is not a hex colour', () => {
    expect(refusal(copy((s) => Object.assign(s.brand, { accent: 'teal' })))).toContain('brand.accent: expected a hex colour');
  });

  it('refuses an unsafe logo, saying what is wrong with it', () => {
    const message = refusal(
      copy((_s, dir) => {
        const file = join(dir, 'logo.svg');
        writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<script>alert(1)</script><title>'));
      }),
    );
    expect(message).toContain('brand.logo: "logo.svg" was refused: it has a <script> element');
  });

  it('refuses a logo outside the council folder, or one that is missing', () => {
    const outside = join(root, 'public/favicon.svg');
    expect(refusal(copy((s) => Object.assign(s.brand, { logo: outside })))).toContain(`brand.logo: no file "${outside}"`);
    expect(refusal(copy((s) => Object.assign(s.brand, { logo: 'missing.svg' })))).toContain('brand.logo: no file "missing.svg"');
  });

  it('refuses an origin with a path, and one that is not https', () => {
    expect(refusal(copy((s) => Object.assign(s, { origin: 'https://anyshire.example/kit' })))).toContain('origin: expected an origin with no path');
    expect(refusal(copy((s) => Object.assign(s, { origin: 'http://anyshire.example' })))).toContain('origin: expected an https address');
  });

  it('refuses a hidden checklist that does not exist', () => {
    expect(refusal(copy((s) => Object.assign(s, { hiddenChecklists: ['no-such-list'] })))).toContain('hiddenChecklists.0: no checklist "no-such-list"');
  });

  it('refuses a local name the widgets could not take', () => {
    expect(refusal(copy((s) => Object.assign(s, { localNames: { virtualSchool: '<b>Anyshire</b>' } })))).toContain('localNames.virtualSchool: a local name cannot contain < or >');
    expect(refusal(copy((s) => Object.assign(s, { localNames: { schoolNurse: 'Anyshire school nurses' } })))).toContain('localNames');
  });

  it('names a folder with no settings file, and a file that is not JSON', () => {
    expect(refusal(join(root, 'test'))).toMatch(/Council folder test has no council\.json/);
    const dir = copy();
    writeFileSync(join(dir, 'council.json'), '{ "name": ');
    expect(refusal(dir)).toMatch(/council\.json is not valid JSON/);
  });
});

describe('logo safety', () => {
  const safe = readFileSync(join(anyshireDir, 'logo.svg'), 'utf8');
  const withPart = (part: string) => safe.replace('<title>', `${part}<title>`);

  it('accepts the example logo', () => {
    expect(svgProblems(safe)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<foreignObject><p>hi</p></foreignObject>', '<foreignObject>'],
    ['<rect onload="alert(1)" width="1" height="1"/>', 'event attribute'],
    ['<rect xlink:onclick="alert(1)"/>', 'event attribute'],
    ['<image href="https://tracker.example/pixel.png"/>', 'reference to another file'],
    ['<use xlink:href="other.svg#shape"/>', 'reference to another file'],
    ['<rect style="fill:url(https://x.example/p.svg#a)"/>', 'url()'],
    ['<style>@import "https://x.example/a.css";</style>', '@import'],
    ['<a href="javascript:alert(1)"><text>x</text></a>', 'javascript:'],
    ['<image href="data:image/svg+xml;base64,PHN2Zz4="/>', 'data:'],
    ['<iframe src="https://x.example"></iframe>', 'loads or runs content'],
  ])('refuses %s', (part, named) => {
    expect(svgProblems(withPart(part)).join('; ')).toContain(named);
  });

  it('accepts fragment references within the file', () => {
    expect(svgProblems(withPart('<defs><path id="a" d="M0 0h1"/></defs><use href="#a"/><rect fill="url(#a)"/>'))).toEqual([]);
  });

  it('refuses a file that is not SVG, and one that is too large', () => {
    expect(svgProblems('<html><body>logo</body></html>')).toContain('no <svg> element: expected an SVG file');
    expect(svgProblems(withPart(`<desc>${'x'.repeat(60_000)}</desc>`)).join()).toContain('larger than 50 KB');
  });
});

it('checks the accent against the background the site really uses', () => {
  const css = readFileSync(join(root, 'src/styles/site.css'), 'utf8');
  const light = /:root \{[^}]*--background: (#[0-9a-f]+);/i.exec(css)?.[1];
  expect(light).toBe(pageBackground);
});

it('the guide to making an edition describes every setting', () => {
  const guide = readFileSync(join(root, 'src/pages/councils/your-own-edition.astro'), 'utf8');
  const keys = Object.keys(councilSchema({ nationalPages: [], localPages: [], checklists: [], readFile: () => undefined }).in.shape).filter((key) => key !== '$schema');
  expect(keys.length).toBeGreaterThan(8);
  expect(keys.filter((key) => !guide.includes(`<code>${key}</code>`))).toEqual([]);
});
