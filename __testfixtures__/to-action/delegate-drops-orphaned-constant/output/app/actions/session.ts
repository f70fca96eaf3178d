'use server';

import { cookies } from 'next/headers';

const ONE_WEEK = 60 * 60 * 24 * 7;
const COOKIE = 'theme';
const THEMES = ['light', 'dark'] as const;

export async function updateSession(input: { theme?: any }): Promise<{ ok: boolean; status: number; data: any }> {
  const { theme } = input;
  if (!THEMES.includes(theme)) {
    return {
      ok: false,
      status: 400,
      data: { error: 'Unknown theme' }
    };
  }
  (await cookies()).set(COOKIE, theme, { path: '/', maxAge: ONE_WEEK });
  return {
    ok: true,
    status: 200,
    data: { theme }
  };
}
