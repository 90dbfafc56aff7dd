/**
 * Wire shapes of accounts: users and their roles, organisations, API tokens and sessions
 * (`/api/auth/*`, `/api/users`, `/api/organisations`, `/api/tokens`). The server validates and
 * documents these routes with them; the web client takes the inferred types.
 */
import { z } from 'zod';

/** viewer reads; editor also writes (within its organisations); admin manages everything. */
export const roleNames = ['viewer', 'editor', 'admin'] as const;
export const roleSchema = z.enum(roleNames);
export type Role = z.infer<typeof roleSchema>;

export const usernameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,63}$/,
    'must be 2–64 of a-z 0-9 . _ - (lower case), starting with a letter or digit',
  )
  .describe('user name, e.g. li.wei');

export const organisationKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'must be 2–80 of a-z 0-9 - (lower case)')
  .describe('organisation key, a slug such as ningde-vocational-college');

export const passwordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters')
  .describe('at least 12 characters');

export const userSchema = z.object({
  username: usernameSchema,
  displayName: z.string(),
  role: roleSchema,
  organisations: z.array(organisationKeySchema),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const usersSchema = z.object({ users: z.array(userSchema) });

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().max(200).optional(),
  role: roleSchema,
  password: passwordSchema.optional().describe('omit for an account that only uses tokens'),
  organisations: z.array(organisationKeySchema).max(100).default([]),
});

export const updateUserSchema = z.object({
  displayName: z.string().max(200).optional(),
  role: roleSchema.optional(),
  password: passwordSchema.optional(),
  organisations: z.array(organisationKeySchema).max(100).optional(),
  disabled: z
    .boolean()
    .optional()
    .describe('a disabled account cannot sign in; its sessions and tokens stop working'),
});

export const organisationSchema = z.object({
  key: organisationKeySchema,
  name_zh: z.string(),
  name_en: z.string(),
  members: z.number().describe('number of users in it'),
});

export const organisationsSchema = z.object({ organisations: z.array(organisationSchema) });

export const createOrganisationSchema = z.object({
  key: organisationKeySchema,
  name_zh: z.string().min(1).max(200),
  name_en: z.string().min(1).max(200),
});

export const updateOrganisationSchema = z.object({
  name_zh: z.string().min(1).max(200).optional(),
  name_en: z.string().min(1).max(200).optional(),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  username: usernameSchema,
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const apiTokensSchema = z.object({ tokens: z.array(apiTokenSchema) });

export const createTokenSchema = z.object({
  username: usernameSchema.describe('the user the token acts as'),
  name: z.string().min(1).max(200).describe('what the token is for, e.g. "nightly import"'),
  expiresInDays: z.number().int().min(1).max(3650).optional().describe('omit for no expiry'),
});

export const createdTokenSchema = apiTokenSchema.extend({
  token: z
    .string()
    .describe('the secret: send it as `Authorization: Bearer <token>`; shown only now'),
});

export const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const setupSchema = z.object({
  token: z.string().min(1).max(200).describe('the single-use setup token printed at start'),
  username: usernameSchema,
  password: passwordSchema,
});

export const meSchema = z.object({
  user: userSchema.nullable().describe('null when not signed in'),
  via: z.enum(['session', 'token']).nullable(),
  publicRead: z.boolean().describe('whether reading needs no sign-in'),
  setupRequired: z.boolean().describe('no administrator exists yet'),
});

export type User = z.infer<typeof userSchema>;
export type CreateUser = z.infer<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;
export type Me = z.infer<typeof meSchema>;
