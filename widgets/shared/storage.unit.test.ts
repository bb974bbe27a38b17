import { describe, expect, it } from 'vitest';
import { parseStorageKind, WidgetStore } from './storage.ts';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  failWith: Error | undefined;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.map.set(key, value);
  }
}

type V2 = { items: string[] };
const isV2 = (d: unknown): d is V2 => typeof d === 'object' && d !== null && Array.isArray((d as V2).items);

function store(area: Storage | undefined, kind: 'local' | 'session' | 'none' = 'local') {
  return new WidgetStore<V2>({
    kind,
    key: 'test:one',
    version: 2,
    validate: isV2,
    migrate: (data, from) => (from === 1 && typeof data === 'string' ? { items: data.split(',') } : undefined),
    storageArea: () => area,
    now: () => new Date('2026-11-27T10:00:00Z'),
  });
}

describe('widget storage', () => {
  it('saves and loads in a versioned envelope', () => {
    const area = new MemoryStorage();
    expect(store(area).save({ items: ['a'] })).toEqual({ status: 'saved', savedAt: '2026-11-27T10:00:00.000Z' });
    expect(JSON.parse(area.getItem('attendance-kit:test:one')!)).toMatchObject({ version: 2, data: { items: ['a'] } });
    expect(store(area).load()).toMatchObject({ status: 'loaded', data: { items: ['a'] } });
  });
  it('migrates data saved by an earlier format version', () => {
    const area = new MemoryStorage();
    area.setItem('attendance-kit:test:one', JSON.stringify({ version: 1, savedAt: 'x', data: 'a,b' }));
    expect(store(area).load()).toMatchObject({ status: 'loaded', data: { items: ['a', 'b'] } });
  });
  it('reports corrupt data without throwing, and leaves it in place', () => {
    const area = new MemoryStorage();
    area.setItem('attendance-kit:test:one', '{not json');
    expect(store(area).load()).toEqual({ status: 'corrupt', reason: 'the saved data is not valid JSON' });
    expect(area.getItem('attendance-kit:test:one')).toBe('{not json');
    area.setItem('attendance-kit:test:one', JSON.stringify({ version: 2, data: { items: 'nope' } }));
    expect(store(area).load().status).toBe('corrupt');
    area.setItem('attendance-kit:test:one', JSON.stringify({ version: 9, data: { items: [] } }));
    expect(store(area).load()).toMatchObject({ status: 'corrupt', reason: expect.stringContaining('newer version') });
  });
  it('reports a full device instead of throwing', () => {
    const area = new MemoryStorage();
    area.failWith = new DOMException('exceeded', 'QuotaExceededError');
    expect(store(area).save({ items: [] })).toEqual({ status: 'failed', reason: 'the device storage is full' });
  });
  it('works without saving when storage is blocked', () => {
    const blocked = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(store(blocked).load()).toEqual({ status: 'unavailable' });
    expect(store(blocked).save({ items: [] })).toEqual({ status: 'failed', reason: 'the browser refused to save' });
    expect(() => store(blocked).clear()).not.toThrow();
    expect(store(undefined).load()).toEqual({ status: 'unavailable' });
  });
  it('keeps nothing when storage is none', () => {
    const area = new MemoryStorage();
    expect(store(area, 'none').save({ items: ['a'] })).toEqual({ status: 'off' });
    expect(area.length).toBe(0);
  });
  it('treats an unknown storage attribute as none', () => {
    expect(parseStorageKind('local')).toBe('local');
    expect(parseStorageKind('session')).toBe('session');
    expect(parseStorageKind('cloud')).toBe('none');
    expect(parseStorageKind(null)).toBe('none');
  });
});
