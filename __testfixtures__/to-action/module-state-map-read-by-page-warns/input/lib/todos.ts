export interface Todo {
  id: number;
  title: string;
}

const todos = new Map<number, Todo>();
let nextId = 1;

export function listTodos(): Todo[] {
  return [...todos.values()];
}

export function addTodo(title: string): Todo {
  const todo = { id: nextId++, title };
  todos.set(todo.id, todo);
  return todo;
}
