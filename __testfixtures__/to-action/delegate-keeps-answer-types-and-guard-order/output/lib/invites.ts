export type Invite = { id: string; email: string; teamOwner: string };

const pending = new Map<string, Invite>();

export const invites = {
  async create(teamOwner: string, email: string): Promise<Invite> {
    const invite = { id: String(pending.size + 1), email, teamOwner };
    pending.set(invite.id, invite);
    return invite;
  },
  async revoke(id: string): Promise<boolean> {
    return pending.delete(id);
  },
  async resend(id: string): Promise<Invite | undefined> {
    return pending.get(id);
  },
};
