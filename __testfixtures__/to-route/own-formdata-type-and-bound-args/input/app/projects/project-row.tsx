'use client';

import { archiveProject, deleteProject, leaveTeam, moveProject, updateRule } from '../actions/projects';

export function ProjectRow({ project, emailAccountId }: { project: { id: string; teamId: string }; emailAccountId: string }) {
  return (
    <>
      <form action={archiveProject.bind(null, project.id)}>
        <input name="reason" />
      </form>
      <form action={leaveTeam.bind(null, project.teamId)}>
        <input name="confirm" value="yes" readOnly />
      </form>
      <form action={deleteProject.bind(null, project.id)}>
        <button>Delete</button>
      </form>
      <button onClick={() => moveProject.bind(null, project.id)({ folder: 'archive' })}>Move</button>
      <button onClick={() => updateRule.bind(null, emailAccountId)({ rule: 'label:news' })}>Save rule</button>
    </>
  );
}
