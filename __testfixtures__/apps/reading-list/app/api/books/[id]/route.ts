import { NextResponse } from 'next/server'
import { revalidatePath } from 'next/cache'
import { markRead, removeBook } from '@/lib/books'

type Params = { params: Promise<{ id: string }> }

export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params
  const { read } = await request.json()
  const book = markRead(id, read === true)
  revalidatePath('/')
  return NextResponse.json(book)
}

export async function DELETE(_request: Request, { params }: Params) {
  const { id } = await params
  const removed = removeBook(id)
  revalidatePath('/')
  return NextResponse.json({ removed })
}
