'use client';

import { updateSetting } from '../actions/settings';

export function ThemeToggle() {
  async function toggle() {
    const { theme } = await updateSetting({ theme: 'dark' });
    document.documentElement.dataset.theme = theme;
  }
  return <button onClick={toggle}>Dark mode</button>;
}
