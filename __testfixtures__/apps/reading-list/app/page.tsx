import { AddBook } from '@/components/add-book'
import { BookItem } from '@/components/book-item'
import { listBooks } from '@/lib/books'

export default function ReadingListPage() {
  const books = listBooks()
  const read = books.filter((book) => book.read).length

  return (
    <main>
      <h1>Reading list</h1>
      <p>
        {read} of {books.length} read
      </p>
      <AddBook />
      <ul>
        {books.map((book) => (
          <BookItem key={book.id} book={book} />
        ))}
      </ul>
    </main>
  )
}
