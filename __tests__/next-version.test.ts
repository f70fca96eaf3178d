// The app's `next` range read for Server Actions: none before 13.4, behind a flag in 13.4 and 13.5,
// stable from 14; a range naming no version is taken as current.
import { describe, expect, it } from 'vitest';
import { lowestVersion, serverActionSupport } from '../transforms/model/next-version.js';

describe('lowestVersion and serverActionSupport', () => {
  const cases: Array<[string, [number, number] | null, ReturnType<typeof serverActionSupport>]> = [
    ['13.3.1', [13, 3], 'none'],
    ['^13.4.4', [13, 4], 'experimental'],
    ['~13.5.0', [13, 5], 'experimental'],
    ['14.0.0', [14, 0], 'stable'],
    ['latest', null, 'stable'],
    ['>=13.4.0 <14', [13, 4], 'experimental'],
    ['canary', null, 'stable'],
    ['15.0.0-rc.0', [15, 0], 'stable'],
  ];
  for (const [range, lowest, support] of cases) {
    it(`reads ${range}`, () => {
      expect(lowestVersion(range)).toEqual(lowest);
      expect(serverActionSupport(range)).toBe(support);
    });
  }

  it('takes a missing range as current', () => {
    expect(lowestVersion(null)).toBeNull();
    expect(serverActionSupport(null)).toBe('stable');
  });
});
