'use client';

import { createItem } from '../actions/items';

export function AddItem() {
  async function add() {
    const item = await createItem({ name: 'Pen' });
    alert(item.name);
  }
  return <button onClick={add}>Add</button>;
}
