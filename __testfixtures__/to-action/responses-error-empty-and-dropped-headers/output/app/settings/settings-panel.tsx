'use client';

import { createKey as createKeyAction } from '@/app/actions/keys';
import { updateFeed } from '@/app/actions/feed';
import { deleteSession } from '@/app/actions/session';
import { createItem } from '@/app/actions/items';
import { createDraft } from '@/app/actions/draft';

export function SettingsPanel() {
  async function createKey(name: string) {
    const result = await createKeyAction({ name });
    if (!result.ok) return alert(result.status === 429 ? 'Slow down' : 'Failed');
    console.log(result.data);
  }

  async function saveFeed(topics: string[]) {
    const { saved } = await updateFeed({ topics });
    console.log(saved);
  }

  async function signOut() {
    const result = await deleteSession();
    if (result.status === 401) alert('Already signed out');
  }

  async function addItem(name: string) {
    const result = await createItem({ name });
    const data = result.data;
    if (!result.ok) return alert(data.error);
    console.log(data.id);
  }

  async function ping() {
    await fetch('/api/public', { method: 'POST' });
  }

  async function logIn() {
    await fetch('/api/login', { method: 'POST' });
  }

  async function saveDraft(text: string) {
    const data = await createDraft({ text });
    console.log(data);
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
