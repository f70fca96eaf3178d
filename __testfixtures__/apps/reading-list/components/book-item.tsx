'use client'

import { useState } from 'react'
import { useRouter } from 'next/navigation'
import ky from 'ky'
import type { Book } from '@/lib/books'

export function BookItem({ book }: { book: Book }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  async function toggle() {
    setBusy(true)
    await ky.patch(`/api/books/${book.id}`, { json: { read: !book.read } })
    setBusy(false)
    router.refresh()
  }

  async function remove() {
    setBusy(true)
    const res = await ky.delete(`/api/books/${book.id}`)
    const { removed } = await res.json<{ removed: boolean }>()
    setBusy(false)
    if (removed) router.refresh()
  }

  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={book.read}
          onChange={toggle}
          disabled={busy}
        />{' '}
        {book.title}
      </label>
      <button
        type="button"
        onClick={remove}
        disabled={busy}
        aria-label={`Remove ${book.title}`}
      >
        Remove
      </button>
    </li>
  )
}
