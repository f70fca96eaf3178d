export const USER_ROLES = ['admin', 'member'] as const;
