// Stands in for the database. It lives on globalThis: route handlers, pages and server actions
// are bundled separately, and each bundle would otherwise get its own copy of this module.

export interface Store {
  id: string;
  name: string;
  updatedAt: string;
}

export interface Category {
  id: string;
  storeId: string;
  name: string;
}

export interface User {
  id: string;
  name: string;
}

interface Data {
  users: Map<string, User>;
  stores: Map<string, Store>;
  categories: Map<string, Category>;
  sessions: Map<string, string>;
  nextCategoryId: number;
}

function seed(): Data {
  const now = new Date().toISOString();
  return {
    users: new Map([['user_1', { id: 'user_1', name: 'Dana' }]]),
    stores: new Map([['corner-books', { id: 'corner-books', name: 'Corner Books', updatedAt: now }]]),
    categories: new Map([
      ['c1', { id: 'c1', storeId: 'corner-books', name: 'Fiction' }],
      ['c2', { id: 'c2', storeId: 'corner-books', name: 'Travel' }],
    ]),
    sessions: new Map(),
    nextCategoryId: 3,
  };
}

const globalForDb = globalThis as typeof globalThis & { __storeSettingsDb?: Data };
const data = (globalForDb.__storeSettingsDb ??= seed());

export const db = {
  store: {
    async findMany(): Promise<Store[]> {
      return [...data.stores.values()];
    },
    async find(id: string): Promise<Store | null> {
      return data.stores.get(id) ?? null;
    },
    async update(id: string, name: string): Promise<Store | null> {
      const store = data.stores.get(id);
      if (!store) return null;
      store.name = name;
      store.updatedAt = new Date().toISOString();
      return { ...store };
    },
  },
  category: {
    async findMany(storeId: string): Promise<Category[]> {
      return [...data.categories.values()].filter((c) => c.storeId === storeId);
    },
    async create(storeId: string, name: string): Promise<Category> {
      const category = { id: `c${data.nextCategoryId++}`, storeId, name };
      data.categories.set(category.id, category);
      return category;
    },
    async delete(storeId: string, id: string): Promise<Category | null> {
      const category = data.categories.get(id);
      if (!category || category.storeId !== storeId) return null;
      data.categories.delete(id);
      return category;
    },
  },
  session: {
    async create(userId: string): Promise<string> {
      const token = crypto.randomUUID();
      data.sessions.set(token, userId);
      return token;
    },
    async user(token: string): Promise<User | null> {
      const userId = data.sessions.get(token);
      return userId ? (data.users.get(userId) ?? null) : null;
    },
    async delete(token: string): Promise<void> {
      data.sessions.delete(token);
    },
  },
};
