import { createProject } from './actions/projects';
import { NewsletterForm } from './components/newsletter-form';
import { ProjectCard } from './components/project-card';
import { activeProjects } from '@/lib/projects';

export default function BoardPage() {
  const projects = activeProjects();

  return (
    <main>
      <h1>Projects</h1>
      <form action={createProject}>
        <label htmlFor="new-project">New project</label> <input id="new-project" name="name" />{' '}
        <button type="submit">Create</button>
      </form>
      {projects.map((project) => (
        <ProjectCard key={`${project.id}:${project.name}`} project={project} />
      ))}
      <footer>
        <h2>Release notes by email</h2>
        <NewsletterForm />
      </footer>
    </main>
  );
}
