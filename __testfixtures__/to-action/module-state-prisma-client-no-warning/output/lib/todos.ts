import { db } from './db';

export interface Todo {
  id: number;
  title: string;
}

export function listTodos(): Promise<Todo[]> {
  return db().todo.findMany();
}

export function addTodo(title: string): Promise<Todo> {
  return db().todo.create({ data: { title } });
}
