/**
 * Who may do what through MCP. The write tools (the API's write routes) are listed only for a
 * caller whose token belongs to an editor or an administrator; the token is passed on to every
 * route a tool calls, so the API's own role checks decide as for any other request.
 *
 * The token comes from `Authorization: Bearer …` on `/mcp`, and from ATLAS_MCP_TOKEN for
 * `pnpm atlas mcp`.
 */
export interface McpAccess {
  /** Whether the write tools are offered. */
  write: boolean;
  /** Passed on to the routes the tools call, as `Authorization: Bearer <token>`. */
  token?: string;
}

export type AccessResolver = (token: string | undefined) => Promise<McpAccess>;

/** Read-only for every caller, whatever its token. */
export const readOnlyAccess: AccessResolver = async (token) => ({
  write: false,
  ...(token && { token }),
});

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Write tools for a token of an editor or administrator; read-only for anyone else. */
export function roleAccess(
  roleForToken: (token: string) => 'viewer' | 'editor' | 'admin' | null,
): AccessResolver {
  return async (token) => {
    const role = token ? roleForToken(token) : null;
    return { write: role === 'editor' || role === 'admin', ...(token && { token }) };
  };
}
