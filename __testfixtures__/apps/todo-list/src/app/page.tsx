import { AddTodo } from '@/components/add-todo';
import { TodoItem } from '@/components/todo-item';
import { listTodos } from '@/lib/todos';

export default function TodayPage() {
  const todos = listTodos();
  const done = todos.filter((todo) => todo.done).length;

  return (
    <main>
      <h1>Today</h1>
      <p>
        {done} of {todos.length} done
      </p>
      <AddTodo />
      {todos.length === 0 ? (
        <p>Nothing to do. Enjoy the day!</p>
      ) : (
        <ul>
          {todos.map((todo) => (
            <TodoItem key={todo.id} todo={todo} />
          ))}
        </ul>
      )}
    </main>
  );
}
