'use client'

import { useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import ky from 'ky'
import type { Book } from '@/lib/books'

export function AddBook() {
  const router = useRouter()
  const [title, setTitle] = useState('')
  const [added, setAdded] = useState('')

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const book = await ky.post('/api/books', { json: { title } }).json<Book>()
    setAdded(`Added “${book.title}”`)
    setTitle('')
    router.refresh()
  }

  return (
    <form onSubmit={handleSubmit}>
      <label>
        Title{' '}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
      </label>
      <button type="submit">Add</button>
      {added && <p role="status">{added}</p>}
    </form>
  )
}
