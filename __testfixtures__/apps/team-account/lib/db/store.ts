import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface User {
  id: number;
  name: string | null;
  email: string;
  passwordHash: string;
}

interface Store {
  users: Map<number, User>;
  nextId: number;
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${scryptSync(password, salt, 32).toString('hex')}`;
}

export function comparePasswords(password: string, passwordHash: string): boolean {
  const [salt, hash] = passwordHash.split(':');
  if (!salt || !hash) return false;
  return timingSafeEqual(scryptSync(password, salt, 32), Buffer.from(hash, 'hex'));
}

// Stands in for the database: one store per server process, shared by every bundle (Next.js loads
// action modules and server components as separate module instances, so a module-level Map would not do).
const globalForStore = globalThis as typeof globalThis & { __teamAccount?: Store };
const store = (globalForStore.__teamAccount ??= {
  users: new Map([[1, { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', passwordHash: hashPassword('analytical engine') }]]),
  nextId: 2,
});

export function findUserById(id: number): User | undefined {
  return store.users.get(id);
}

export function findUserByEmail(email: string): User | undefined {
  return [...store.users.values()].find((user) => user.email === email);
}

export function insertUser(email: string, password: string): User {
  const user = { id: store.nextId++, name: null, email, passwordHash: hashPassword(password) };
  store.users.set(user.id, user);
  return user;
}

export function deleteUser(id: number): void {
  store.users.delete(id);
}
