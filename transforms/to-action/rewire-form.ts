// Form rewiring (SPEC 4.4): `<form onSubmit>` handlers that read the form become form actions.
import type { File } from '@babel/types';
import type { ProjectSnapshot } from '../model/types.js';
import type { Candidate } from './index.js';

export function rewireForms(ast: File, candidates: Candidate[], snapshot: ProjectSnapshot, file: string): void {
  void ast;
  void candidates;
  void snapshot;
  void file;
}
