export interface DraftState {
  title: string;
  saved: boolean;
  tags?: string[];
  status: 'idle' | 'saved';
}
