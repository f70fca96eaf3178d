export interface Todo {
  id: string;
  title: string;
  done: boolean;
}

const items = new Map<string, Todo>();

export const todos = {
  add(title: string): Todo {
    const todo = { id: String(items.size + 1), title, done: false };
    items.set(todo.id, todo);
    return todo;
  },
  update(id: string, done: boolean): Todo | undefined {
    const todo = items.get(id);
    if (todo) todo.done = done;
    return todo;
  },
  remove(id: string): void {
    items.delete(id);
  },
};
