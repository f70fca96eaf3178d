export interface Todo {
  id: string;
  title: string;
  done: boolean;
}

const items = new Map<string, Todo>();

export const todos = {
  toggle(id: string): Todo | undefined {
    const todo = items.get(id);
    if (todo) todo.done = !todo.done;
    return todo;
  },
};
