export interface Todo {
  id: number;
  title: string;
}

// On globalThis: every bundle of the server process (pages, actions) shares one store.
const shared = globalThis as typeof globalThis & { __todos?: Map<number, Todo>; __nextTodoId?: number };
const todos = (shared.__todos ??= new Map<number, Todo>());

export function listTodos(): Todo[] {
  return [...todos.values()];
}

export function addTodo(title: string): Todo {
  const id = (shared.__nextTodoId ?? 0) + 1;
  shared.__nextTodoId = id;
  const todo = { id, title };
  todos.set(id, todo);
  return todo;
}
