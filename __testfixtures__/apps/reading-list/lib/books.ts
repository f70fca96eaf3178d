export interface Book {
  id: string
  title: string
  read: boolean
}

interface BookStore {
  items: Map<string, Book>
  nextId: number
}

// One store per server process, shared by every route bundle (stands in for the database).
const globalForBooks = globalThis as typeof globalThis & {
  __bookStore?: BookStore
}

function seed(): BookStore {
  const items = new Map<string, Book>([
    ['1', { id: '1', title: 'The Left Hand of Darkness', read: true }],
    ['2', { id: '2', title: 'A Memory Called Empire', read: false }],
  ])
  return { items, nextId: 3 }
}

const store = (globalForBooks.__bookStore ??= seed())

export function listBooks(): Book[] {
  return [...store.items.values()]
}

export function addBook(title: string): Book {
  const book = { id: String(store.nextId++), title, read: false }
  store.items.set(book.id, book)
  return book
}

export function markRead(id: string, read: boolean): Book | null {
  const book = store.items.get(id)
  if (!book) return null
  book.read = read
  return book
}

export function removeBook(id: string): boolean {
  return store.items.delete(id)
}
