import { z } from 'zod';
import { named } from './registry.ts';
import { Timestamp } from './common.ts';

/** An allowed browser origin: `https://app.example.com`, or with a leading wildcard label `https://*.example.com`. */
export const OriginPattern = z
  .string()
  .max(200)
  .regex(/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/, 'must be an origin such as https://app.example.com');

/** Body of `POST /v1/workspaces`. */
export const CreateWorkspaceRequest = named(
  'CreateWorkspaceRequest',
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    allowedOrigins: z.array(OriginPattern).max(50).optional(),
  }),
);
export type CreateWorkspaceRequest = z.infer<typeof CreateWorkspaceRequest>;

/** A workspace as returned once at creation, with its keys. */
export const CreatedWorkspace = named(
  'CreatedWorkspace',
  z.object({
    id: z.string(),
    name: z.string(),
    allowedOrigins: z.array(z.string()),
    secretKey: z.string(),
    publishableKey: z.string(),
    createdAt: Timestamp,
  }),
);
export type CreatedWorkspace = z.infer<typeof CreatedWorkspace>;

/** The workspace a secret key belongs to, as `GET /v1/workspace` shows it (the secret key is never shown again). */
export const Workspace = named(
  'Workspace',
  z.object({
    id: z.string(),
    name: z.string(),
    allowedOrigins: z.array(z.string()),
    /** Public by design (it ships in web pages); null for a workspace created before it was kept. */
    publishableKey: z.string().nullable(),
    createdAt: Timestamp,
    /**
     * Where embed snippets point (`GET /v1/workspace` only): this deployment's public address (PARLEY_PUBLIC_URL, or
     * what a trusted proxy forwards) and where its widget bundles are served (PARLEY_WIDGET_URL, else `<apiUrl>/widget`).
     */
    embed: z.object({ apiUrl: z.string(), widgetUrl: z.string() }).optional(),
  }),
);
export type Workspace = z.infer<typeof Workspace>;
