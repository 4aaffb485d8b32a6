/** Who is calling, once their credential has been checked. */
export type Principal =
  | { kind: 'admin'; scope: string }
  | { kind: 'secret'; workspaceId: string; scope: string }
  | { kind: 'publishable'; workspaceId: string; scope: string }
  | { kind: 'session'; workspaceId: string; sessionId: string; scope: string };

/** Kinds of credential a route accepts. */
export type PrincipalKind = Principal['kind'];
