'use client';

export function SettingsPanel() {
  async function createKey(name: string) {
    const res = await fetch('/api/keys', { method: 'POST', body: JSON.stringify({ name }) });
    if (!res.ok) return alert(res.status === 429 ? 'Slow down' : 'Failed');
    console.log(await res.json());
  }

  async function saveFeed(topics: string[]) {
    const res = await fetch('/api/feed', { method: 'PUT', body: JSON.stringify({ topics }) });
    const { saved } = await res.json();
    console.log(saved);
  }

  async function signOut() {
    const res = await fetch('/api/session', { method: 'DELETE' });
    if (res.status === 401) alert('Already signed out');
  }

  async function addItem(name: string) {
    const res = await fetch('/api/items', { method: 'POST', body: JSON.stringify({ name }) });
    const data = await res.json();
    if (!res.ok) return alert(data.error);
    console.log(data.id);
  }

  async function ping() {
    await fetch('/api/public', { method: 'POST' });
  }

  async function logIn() {
    await fetch('/api/login', { method: 'POST' });
  }

  async function saveDraft(text: string) {
    const res = await fetch('/api/draft', { method: 'POST', body: JSON.stringify({ text }) });
    console.log(await res.json());
  }

  return (
    <div>
      <button onClick={() => createKey('ci')}>Create key</button>
      <button onClick={() => saveFeed(['news'])}>Save feed</button>
      <button onClick={signOut}>Sign out</button>
      <button onClick={() => addItem('Pen')}>Add item</button>
      <button onClick={ping}>Ping</button>
      <button onClick={logIn}>Log in</button>
      <button onClick={() => saveDraft('hi')}>Save draft</button>
    </div>
  );
}
