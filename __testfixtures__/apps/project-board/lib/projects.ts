export interface Project {
  id: string;
  name: string;
  archived: boolean;
}

interface Store {
  projects: Map<string, Project>;
  subscribers: Set<string>;
  nextId: number;
}

// One store per server process, shared by every bundle (stands in for the database).
const globalForStore = globalThis as typeof globalThis & { __projectBoard?: Store };
const store = (globalForStore.__projectBoard ??= {
  projects: new Map([
    ['p1', { id: 'p1', name: 'Website redesign', archived: false }],
    ['p2', { id: 'p2', name: 'Mobile app', archived: false }],
    ['p3', { id: 'p3', name: 'Docs site', archived: false }],
  ]),
  subscribers: new Set<string>(),
  nextId: 4,
});

export function activeProjects(): Project[] {
  return [...store.projects.values()].filter((project) => !project.archived);
}

export function findProject(id: string): Project | undefined {
  return store.projects.get(id);
}

export function insertProject(name: string): Project {
  const project = { id: `p${store.nextId++}`, name, archived: false };
  store.projects.set(project.id, project);
  return project;
}

export function addSubscriber(email: string): void {
  store.subscribers.add(email);
}
