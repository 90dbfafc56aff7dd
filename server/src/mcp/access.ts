/**
 * Who may do what through MCP. Until the HTTP API has roles, every caller reads only: the write
 * tools (the API's write routes) are listed for a caller whose token resolves to a writing role,
 * and no token does yet. When roles arrive, `resolveAccess` maps a token to its role, and the token
 * is passed on to every route a tool calls, so the API's own checks decide as for any request.
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

/** Read-only for every caller: the API has no roles yet. */
export const readOnlyAccess: AccessResolver = async (token) => ({
  write: false,
  ...(token && { token }),
});

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
