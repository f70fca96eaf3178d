'use client';

import { useState } from 'react';
import { deleteItem } from '@/app/actions/items';
import { createReorder } from '@/app/actions/items-reorder';
import { createExport } from '@/app/actions/items-export';
import { updateDocument } from '@/app/actions/document';

interface Props {
  id: string;
  page: number;
  order: string[];
}

export function ItemTools({ id, page, order }: Props) {
  const [title, setTitle] = useState('');
  const [exported, setExported] = useState('');

  async function remove() {
    await deleteItem(id);
  }

  async function saveOrder() {
    await createReorder(order, String(page), null);
  }

  async function moveToNextPage() {
    await createReorder(order, String(page + 1), '50');
  }

  async function exportSince(since: Date) {
    const result = await createExport('csv', since.toISOString());
    const data = result.data;
    setExported(data.url);
  }

  async function rename() {
    const result = await updateDocument({ title }, id);
    if (!result.ok) return;
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
