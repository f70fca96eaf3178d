import { NextResponse } from 'next/server'
import { revalidatePath } from 'next/cache'
import { addBook } from '@/lib/books'

export async function POST(request: Request) {
  const { title } = await request.json()
  const book = addBook(String(title).trim() || 'Untitled')
  revalidatePath('/')
  return NextResponse.json(book, { status: 201 })
}
