export interface Todo {
  id: string;
  title: string;
  done: boolean;
}

interface TodoStore {
  items: Map<string, Todo>;
  nextId: number;
}

// One store per server process, shared by every route bundle (stands in for the database).
const globalForTodos = globalThis as typeof globalThis & { __todoStore?: TodoStore };

function seed(): TodoStore {
  const items = new Map<string, Todo>([
    ['1', { id: '1', title: 'Buy oat milk', done: false }],
    ['2', { id: '2', title: 'Book the dentist', done: true }],
  ]);
  return { items, nextId: 3 };
}

const store = (globalForTodos.__todoStore ??= seed());

export function listTodos(): Todo[] {
  return [...store.items.values()];
}

export function createTodo(title: string): Todo {
  const todo = { id: String(store.nextId++), title, done: false };
  store.items.set(todo.id, todo);
  return todo;
}

export function updateTodo(id: string, changes: Partial<Pick<Todo, 'title' | 'done'>>): Todo | null {
  const todo = store.items.get(id);
  if (!todo) return null;
  Object.assign(todo, changes);
  return todo;
}

export function deleteTodo(id: string): boolean {
  return store.items.delete(id);
}
