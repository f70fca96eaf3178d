'use client';

import { addUser as addUserAction } from '../actions/add-user';

enum HttpMethod {
  POST = 'POST',
}

export function AddUser() {
  async function addUser() {
    const user = await addUserAction({ name: 'Ada', email: 'ada@example.com' });
    alert(`Added ${user.id}`);
  }
  return <button onClick={addUser}>Add Ada</button>;
}
