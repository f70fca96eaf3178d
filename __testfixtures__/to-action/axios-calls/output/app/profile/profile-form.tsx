'use client';

import { useState } from 'react';
import http from 'axios';
import { createProfile } from '@/app/actions/profile';

export function ProfileForm({ token }: { token: string }) {
  const [name, setName] = useState('');
  const [avatar, setAvatar] = useState('');
  const [error, setError] = useState('');

  async function save() {
    try {
      const result = await createProfile({ name });
      if (!result.ok) throw new Error(`Request failed with status code ${result.status}`);
    } catch {
      setError('Could not save');
    }
  }

  function upload(file: File) {
    const formData = new FormData();
    formData.append('avatar', file);
    http.post('/api/avatar', formData).then((res) => setAvatar(res.data.name));
  }

  async function uploadWithToken(file: File) {
    const formData = new FormData();
    formData.append('avatar', file);
    await http.post('/api/avatar', formData, { headers: { Authorization: `Bearer ${token}` } });
  }

  async function draft() {
    await http.post('/api/todos', { title: name }, { params: { draft: true } });
  }

  async function check() {
    const res = await http.post('/api/todos', { title: name });
    return res.headers['x-request-id'];
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={save}>Save</button>
      <input type="file" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      <input type="file" onChange={(e) => e.target.files?.[0] && uploadWithToken(e.target.files[0])} />
      <button onClick={draft}>Draft</button>
      <button onClick={check}>Check</button>
      {avatar && <p>{avatar}</p>}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
