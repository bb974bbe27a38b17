import { describe, expect, it } from 'vitest';
import { parseStorageKind, WidgetStore } from './storage.ts';
import { discardUnreadable, joinUnreadable, setAsideUnreadable, unreadableCopies } from './storage-faults.ts';

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
    expect(store(area).load()).toEqual({ status: 'corrupt', reason: 'not-json' });
    expect(area.getItem('attendance-kit:test:one')).toBe('{not json');
    area.setItem('attendance-kit:test:one', JSON.stringify({ items: [] }));
    expect(store(area).load()).toEqual({ status: 'corrupt', reason: 'no-version' });
    area.setItem('attendance-kit:test:one', JSON.stringify({ version: 2, data: { items: 'nope' } }));
    expect(store(area).load()).toEqual({ status: 'corrupt', reason: 'invalid', version: 2 });
    area.setItem('attendance-kit:test:one', JSON.stringify({ version: 9, data: { items: [] } }));
    expect(store(area).load()).toEqual({ status: 'corrupt', reason: 'newer', version: 9 });
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
  it("reads another tab's copy from its text, as it would the device's", () => {
    const other = new MemoryStorage();
    store(other).save({ items: ['from the other tab'] });
    const raw = other.getItem('attendance-kit:test:one');
    expect(store(new MemoryStorage()).read(raw)).toMatchObject({ status: 'loaded', data: { items: ['from the other tab'] } });
    expect(store(new MemoryStorage()).read(null)).toEqual({ status: 'empty' });
  });
});

describe('storage faults', () => {
  const key = 'attendance-kit:test:one';

  it('keeps the earlier copy intact when the device is full mid-save, and saves again once there is room', () => {
    const area = new MemoryStorage();
    const s = store(area);
    s.save({ items: ['first'] });
    area.failWith = new DOMException('exceeded', 'QuotaExceededError');
    expect(s.save({ items: ['first', 'second'] })).toEqual({ status: 'failed', reason: 'the device storage is full' });
    expect(JSON.parse(area.getItem(key)!).data).toEqual({ items: ['first'] });
    area.failWith = undefined;
    expect(s.save({ items: ['first', 'second'] }).status).toBe('saved');
  });

  it('treats a private window that allows no storage (setItem throws a quota error at once) as a full device', () => {
    const area = new MemoryStorage();
    area.failWith = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(store(area).save({ items: [] })).toEqual({ status: 'failed', reason: 'the device storage is full' });
  });

  it('writes nothing after a read that threw: it could overwrite work it never saw', () => {
    const area = new MemoryStorage();
    area.setItem(key, JSON.stringify({ version: 2, savedAt: 'x', data: { items: ['unseen'] } }));
    const flaky = Object.assign(Object.create(area) as MemoryStorage, {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const s = store(flaky);
    expect(s.load()).toEqual({ status: 'unavailable' });
    expect(s.save({ items: [] })).toEqual({ status: 'unavailable' });
    expect(JSON.parse(area.map.get(key)!).data).toEqual({ items: ['unseen'] });
  });

  it('sets an unreadable copy aside once, beside any set aside before, and says whether one is kept', () => {
    const area = new MemoryStorage();
    const s = store(area);
    expect(s.hasUnreadable()).toBe(false);
    expect(setAsideUnreadable(s, '{broken one')).toBe(true);
    expect(setAsideUnreadable(s, '{broken one')).toBe(true);
    expect(setAsideUnreadable(s, '{broken two')).toBe(true);
    expect(area.getItem(`${key}:unreadable`)).toBe('{broken one\n{broken two');
    expect(unreadableCopies(s)).toBe('{broken one\n{broken two');
    expect(s.hasUnreadable()).toBe(true);
    expect(joinUnreadable(null, 'a')).toBe('a');
  });

  it('says so when the device refuses to set an unreadable copy aside, leaving it where it was', () => {
    const area = new MemoryStorage();
    area.map.set(key, '{broken');
    area.failWith = new DOMException('exceeded', 'QuotaExceededError');
    expect(setAsideUnreadable(store(area), '{broken')).toBe(false);
    expect(area.getItem(key)).toBe('{broken');
  });

  it('discards the unreadable copies, and the main copy only while it is still the unreadable one', () => {
    const area = new MemoryStorage();
    const s = store(area);
    area.setItem(key, '{broken');
    setAsideUnreadable(s, '{broken');
    discardUnreadable(s);
    expect(area.length).toBe(0);
    setAsideUnreadable(s, '{broken');
    store(area).save({ items: ['new work'] });
    discardUnreadable(s);
    expect([...area.map.keys()]).toEqual([key]);
  });

  it('clears unreadable copies with the rest of the work', () => {
    const area = new MemoryStorage();
    store(area).save({ items: ['a'] });
    area.setItem(`${key}:unreadable`, '{broken');
    store(area).clear();
    expect(area.length).toBe(0);
  });
});
