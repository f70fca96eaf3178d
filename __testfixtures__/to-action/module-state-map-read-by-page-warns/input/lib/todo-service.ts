import { addTodo, type Todo } from './todos';

export function createTodo(title: string): Todo {
  return addTodo(title.trim());
}
