import { listTodos } from '@/lib/todos';
import { AddTodo } from './add-todo';

export default function Home() {
  const todos = listTodos();
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
