import { listTodos } from '@/lib/todos';
import { AddTodo } from './add-todo';

export default async function Home() {
  const todos = await listTodos();
  return (
    <main>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id}>{todo.title}</li>
        ))}
      </ul>
      <AddTodo />
    </main>
  );
}
