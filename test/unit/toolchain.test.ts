import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on the Node the project brings (22.12 or newer), not the machine Node 20', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
