'use client';

import { useState } from 'react';

interface Props {
  id: string;
  page: number;
  order: string[];
}

export function ItemTools({ id, page, order }: Props) {
  const [title, setTitle] = useState('');
  const [exported, setExported] = useState('');

  async function remove() {
    await fetch(`/api/items?${new URLSearchParams({ id })}`, { method: 'DELETE' });
  }

  async function saveOrder() {
    await fetch('/api/items/reorder?' + new URLSearchParams({ page: String(page) }), {
      method: 'POST',
      body: JSON.stringify(order),
    });
  }

  async function moveToNextPage() {
    await fetch(`/api/items/reorder?page=${page + 1}&size=50`, { method: 'POST', body: JSON.stringify(order) });
  }

  async function exportSince(since: Date) {
    const params = new URLSearchParams({ format: 'csv', since: since.toISOString() });
    const res = await fetch(`/api/items/export?${params}`, { method: 'POST' });
    const data = await res.json();
    setExported(data.url);
  }

  async function rename() {
    const res = await fetch(`/api/document?id=${id}`, { method: 'PATCH', body: JSON.stringify({ title }) });
    if (!res.ok) return;
    setTitle('');
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={rename}>Rename</button>
      <button onClick={remove}>Remove</button>
      <button onClick={saveOrder}>Save order</button>
      <button onClick={moveToNextPage}>Move to next page</button>
      <button onClick={() => exportSince(new Date(0))}>Export</button>
      {exported && <a href={exported}>Download</a>}
    </div>
  );
}
