import { ContactForm } from './components/contact-form';
import { Notes } from './components/notes';
import { TodoItem } from './todos/todo-item';

export default function Home() {
  return (
    <main>
      <ContactForm />
      <Notes id="1" />
      <TodoItem todo={{ id: '1', title: 'Try actionshift', done: false }} />
    </main>
  );
}
