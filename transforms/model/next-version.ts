// What the app's `next` dependency says about Server Actions: none before 13.4, behind
// `experimental.serverActions` in 13.4 and 13.5, stable from 14 (docs/reasons.md, next-version).

export type ServerActionSupport = 'none' | 'experimental' | 'stable';

/**
 * The lowest version a package.json range allows (`^13.4.4` -> 13.4), or null when it names none
 * (`latest`, `canary`, `workspace:*`): those are taken as current.
 */
export function lowestVersion(range: string | null): [number, number] | null {
  const m = range ? (/(\d+)\.(\d+)/.exec(range) ?? /^[\^~>=\s]*(\d+)(?!\.)/.exec(range)) : null;
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? 0)];
}

/** What a site of an app without Server Actions is told. */
export const predatesServerActions = (nextRange: string | null): string =>
  `the app depends on next ${nextRange}; Server Actions need Next.js 13.4 or later (14 without a flag): upgrade it first`;

export function serverActionSupport(nextRange: string | null): ServerActionSupport {
  const v = lowestVersion(nextRange);
  if (!v) return 'stable';
  const [major, minor] = v;
  if (major < 13 || (major === 13 && minor < 4)) return 'none';
  return major === 13 ? 'experimental' : 'stable';
}
