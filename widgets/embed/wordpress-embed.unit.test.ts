import { describe, expect, it } from 'vitest';
import { isWordPressReady, wordPressHeightMessage, wordPressSecret } from './wordpress-embed.ts';

describe('WordPress embed protocol', () => {
  it('reads the secret WordPress adds to the framed address', () => {
    expect(wordPressSecret('#?secret=Ab3dE6gH9j')).toBe('Ab3dE6gH9j');
    expect(wordPressSecret('#secret=Ab3dE6gH9j')).toBe('Ab3dE6gH9j');
  });

  it('ignores an address without a secret, or with one WordPress would not make', () => {
    expect(wordPressSecret('')).toBeUndefined();
    expect(wordPressSecret('#theme=dark')).toBeUndefined();
    expect(wordPressSecret('#?secret=a"]; alert(1)')).toBeUndefined();
    expect(wordPressSecret(`#?secret=${'a'.repeat(33)}`)).toBeUndefined();
  });

  it('sends only the height, tagged with the secret, in the shape wp-embed.js reads', () => {
    expect(wordPressHeightMessage('Ab3dE6gH9j', 812)).toEqual({ message: 'height', value: 812, secret: 'Ab3dE6gH9j' });
  });

  it('answers WordPress’s ready message only when it carries this page’s secret', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'Ab3dE6gH9j' }, 'Ab3dE6gH9j')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'other' }, 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady({ message: 'height', secret: 'Ab3dE6gH9j' }, 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady(null, 'Ab3dE6gH9j')).toBe(false);
    expect(isWordPressReady('ready', 'Ab3dE6gH9j')).toBe(false);
  });
});
