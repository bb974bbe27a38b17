import { describe, expect, it } from 'vitest';
import { iframeSnippet, scriptTagSnippet, themeSnippet } from '../../src/lib/embed-snippets.ts';

const choice = {
  host: 'https://kit.example.gov.uk',
  tag: 'attendance-checklist',
  title: 'Attendance checklist',
  attributes: { checklist: 'seven-questions', storage: 'local', 'inclusion-service': 'North "Inclusion" <Team>' },
  integrity: 'sha384-abc',
};

describe('embed snippets', () => {
  it('makes a script tag with the chosen settings, escaped, and the integrity hash', () => {
    const snippet = scriptTagSnippet(choice);
    expect(snippet).toContain('src="https://kit.example.gov.uk/widgets/v1/attendance-checklist.js"');
    expect(snippet).toContain('integrity="sha384-abc"');
    expect(snippet).toContain('inclusion-service="North &quot;Inclusion&quot; &lt;Team&gt;"');
    expect(snippet).not.toContain('<Team>');
  });
  it('makes an iframe whose address carries the settings and a frame id', () => {
    const snippet = iframeSnippet(choice, 'kit-1');
    expect(snippet).toContain('src="https://kit.example.gov.uk/embed/attendance-checklist/?checklist=seven-questions&amp;storage=local');
    expect(snippet).toContain('frame-id=kit-1');
    expect(snippet).toContain('embed-listener.js');
  });
  it('writes theme colours as custom properties', () => {
    expect(themeSnippet({ ...choice, theme: { text: '#111111', background: '#ffffff', accent: '#005ea5', accentText: '#ffffff' } })).toContain('--apk-color-accent: #005ea5;');
  });
});
