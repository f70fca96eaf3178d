export interface Project {
  id: string;
  name: string;
  paid: boolean;
}

const projects = new Map<string, Project>([['p1', { id: 'p1', name: 'First', paid: false }]]);

export async function renameProject(id: string, name: string): Promise<Project | undefined> {
  const project = projects.get(id);
  if (project) project.name = name;
  return project;
}

export async function archiveProject(id: string): Promise<boolean> {
  return projects.delete(id);
}

export async function markPaid(id: string): Promise<void> {
  const project = projects.get(id);
  if (project) project.paid = true;
}

export async function listProjects(): Promise<Project[]> {
  return [...projects.values()];
}
