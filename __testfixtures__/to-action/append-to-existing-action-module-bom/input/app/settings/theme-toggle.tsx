'use client';

export function ThemeToggle() {
  async function toggle() {
    const res = await fetch('/api/settings', { method: 'PATCH', body: JSON.stringify({ theme: 'dark' }) });
    const { theme } = await res.json();
    document.documentElement.dataset.theme = theme;
  }
  return <button onClick={toggle}>Dark mode</button>;
}
