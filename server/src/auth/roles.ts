/**
 * The access rule of a route and who meets it. Every route gets one access level, by default from
 * its method (reads `read`, everything else `editor`) unless its `config.access` says otherwise;
 * the policy hook compares it with the caller's role. Kept pure so the rule is tested alone.
 */
import type { Role } from '@chanjiao/graph-schema';

/**
 * public: anyone, signed in or not (health, sign-in, the web client, the API documentation);
 * read: anyone when reading is public, else any signed-in user;
 * user: any signed-in user; editor / admin: that role or a higher one.
 */
export type Access = 'public' | 'read' | 'user' | 'editor' | 'admin';

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/** The access of a route that does not declare one. */
export function defaultAccess(methods: string[], url: string): Access {
  const safe = methods.every(isSafeMethod);
  if (!safe) return 'editor';
  return url.startsWith('/api/') ? 'read' : 'public';
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

export function decide(access: Access, role: Role | null, publicRead: boolean): Decision {
  if (access === 'public') return 'allow';
  if (access === 'read' && publicRead) return 'allow';
  if (role === null) return 'unauthenticated';
  if (access === 'read' || access === 'user') return 'allow';
  return rank[role] >= rank[access] ? 'allow' : 'forbidden';
}
