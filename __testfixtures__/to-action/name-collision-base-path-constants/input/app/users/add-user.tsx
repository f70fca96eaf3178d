'use client';

enum HttpMethod {
  POST = 'POST',
}

const ADD_USER_URL = '/admin/api/add-user';

export function AddUser() {
  async function addUser() {
    const res = await fetch(ADD_USER_URL, {
      method: HttpMethod.POST,
      body: JSON.stringify({ name: 'Ada', email: 'ada@example.com' }),
    });
    const user = await res.json();
    alert(`Added ${user.id}`);
  }
  return <button onClick={addUser}>Add Ada</button>;
}
