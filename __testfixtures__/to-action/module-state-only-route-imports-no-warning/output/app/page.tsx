import { AddTodo } from './add-todo';

export default function Home() {
  return (
    <main>
      <h1>Todos</h1>
      <AddTodo />
    </main>
  );
}
