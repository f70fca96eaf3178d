'use server';

// This module's own form values, not the DOM's FormData class.
type FormData = { name: string; slug?: string };

export async function createTeam(formData: FormData) {
  if (typeof formData.name !== 'string') throw new Error('name must be a string');
  return { created: formData.name };
}

export async function renameTeam(teamId: string, formData: FormData) {
  if (typeof formData.name !== 'string') throw new Error('name must be a string');
  return { teamId, name: formData.name };
}
