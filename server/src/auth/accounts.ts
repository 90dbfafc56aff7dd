/**
 * Where accounts live: users, organisations, memberships, API tokens and sessions in their own
 * SQLite file, `accounts.sqlite` in the data directory, for either graph store. They are kept out
 * of the graph so that no graph read, export or import can see or change them, and so the graph
 * adapters stay unaware of them. Limit: on Neo4j each API server has its own accounts file, so
 * several servers in front of one cluster need the same file (or one server for writes).
 *
 * Every method is synchronous (better-sqlite3) and cheap: a request's authentication is one
 * indexed read by the SHA-256 of its token or session id.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ApiToken, Organisation, Role, User } from '@chanjiao/graph-schema';
import { secretHash } from './secrets.ts';

/** The caller of a request, as the rest of the server sees it (and later passes to the store). */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  organisations: string[];
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  disabled: number;
  created_at: string;
}

const schema = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  password_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS organisations (
  key TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation TEXT NOT NULL REFERENCES organisations(key) ON DELETE CASCADE,
  PRIMARY KEY (user_id, organisation)
);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
  hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
`;

/** Token use is recorded at most this often per token, so reads do not turn into writes. */
const lastUsedResolutionMs = 60_000;

export class AccountStore {
  private readonly db: Database.Database;
  private readonly lastUsedWritten = new Map<string, number>();
  /** Prepared once: preparing costs more than running these small statements. */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(schema);
  }

  private statement<P extends unknown[] = unknown[], R = unknown>(
    sql: string,
  ): Database.Statement<P, R> {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared as Database.Statement<P, R>;
  }

  static open(dataDir: string): AccountStore {
    fs.mkdirSync(dataDir, { recursive: true });
    return new AccountStore(path.join(dataDir, 'accounts.sqlite'));
  }

  close(): void {
    this.db.close();
  }

  // Users

  countAdmins(): number {
    return (
      this.statement<[], { n: number }>(
        "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0",
      ).get()?.n ?? 0
    );
  }

  private userRow(username: string): UserRow | undefined {
    return this.statement<[string], UserRow>('SELECT * FROM users WHERE username = ?').get(
      username,
    );
  }

  /** The stored password hash of an enabled user, for a login. */
  credentials(username: string): { userId: string; passwordHash: string | null } | null {
    const row = this.userRow(username);
    if (!row || row.disabled) return null;
    return { userId: row.id, passwordHash: row.password_hash };
  }

  private organisationsOf(userId: string): string[] {
    return this.statement<[string], { organisation: string }>(
      'SELECT organisation FROM memberships WHERE user_id = ? ORDER BY organisation',
    )
      .all(userId)
      .map((r) => r.organisation);
  }

  private toUser(row: UserRow): User {
    return {
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organisations: this.organisationsOf(row.id),
      disabled: row.disabled === 1,
      createdAt: row.created_at,
    };
  }

  getUser(username: string): User | null {
    const row = this.userRow(username);
    return row ? this.toUser(row) : null;
  }

  listUsers(): User[] {
    return this.statement<[], UserRow>('SELECT * FROM users ORDER BY username')
      .all()
      .map((row) => this.toUser(row));
  }

  createUser(input: {
    username: string;
    displayName?: string;
    role: Role;
    passwordHash?: string | null;
    organisations?: string[];
  }): User {
    const id = randomUUID();
    this.db.transaction(() => {
      this.statement(
        'INSERT INTO users (id, username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        input.username,
        input.displayName ?? input.username,
        input.role,
        input.passwordHash ?? null,
        new Date().toISOString(),
      );
      this.setMemberships(id, input.organisations ?? []);
    })();
    return this.getUser(input.username)!;
  }

  updateUser(
    username: string,
    change: {
      displayName?: string;
      role?: Role;
      passwordHash?: string;
      organisations?: string[];
      disabled?: boolean;
    },
  ): User {
    const row = this.userRow(username);
    if (!row) throw new Error(`no user ${username}`);
    this.db.transaction(() => {
      this.statement(
        'UPDATE users SET display_name = ?, role = ?, password_hash = ?, disabled = ? WHERE id = ?',
      ).run(
        change.displayName ?? row.display_name,
        change.role ?? row.role,
        change.passwordHash ?? row.password_hash,
        change.disabled === undefined ? row.disabled : Number(change.disabled),
        row.id,
      );
      if (change.organisations) this.setMemberships(row.id, change.organisations);
      // A new password or a disabled account ends the sessions opened with the old state.
      if (change.passwordHash || change.disabled)
        this.statement('DELETE FROM sessions WHERE user_id = ?').run(row.id);
    })();
    return this.getUser(username)!;
  }

  deleteUser(username: string): boolean {
    return this.statement('DELETE FROM users WHERE username = ?').run(username).changes > 0;
  }

  /** Organisation keys among `keys` that do not exist. */
  unknownOrganisations(keys: string[]): string[] {
    const known = this.statement<[string], { key: string }>(
      'SELECT key FROM organisations WHERE key = ?',
    );
    return keys.filter((k) => !known.get(k));
  }

  private setMemberships(userId: string, organisations: string[]): void {
    this.statement('DELETE FROM memberships WHERE user_id = ?').run(userId);
    const insert = this.statement('INSERT INTO memberships (user_id, organisation) VALUES (?, ?)');
    for (const key of new Set(organisations)) insert.run(userId, key);
  }

  // Organisations

  listOrganisations(): Organisation[] {
    return this.statement<[], Organisation>(
      `SELECT o.key, o.name_zh, o.name_en, COUNT(m.user_id) AS members
         FROM organisations o LEFT JOIN memberships m ON m.organisation = o.key
         GROUP BY o.key ORDER BY o.key`,
    ).all();
  }

  getOrganisation(key: string): Organisation | null {
    return this.listOrganisations().find((o) => o.key === key) ?? null;
  }

  createOrganisation(input: { key: string; name_zh: string; name_en: string }): boolean {
    const result = this.statement(
      'INSERT OR IGNORE INTO organisations (key, name_zh, name_en, created_at) VALUES (?, ?, ?, ?)',
    ).run(input.key, input.name_zh, input.name_en, new Date().toISOString());
    return result.changes > 0;
  }

  updateOrganisation(key: string, change: { name_zh?: string; name_en?: string }): boolean {
    return (
      this.statement(
        'UPDATE organisations SET name_zh = COALESCE(?, name_zh), name_en = COALESCE(?, name_en) WHERE key = ?',
      ).run(change.name_zh ?? null, change.name_en ?? null, key).changes > 0
    );
  }

  deleteOrganisation(key: string): boolean {
    return this.statement('DELETE FROM organisations WHERE key = ?').run(key).changes > 0;
  }

  // Tokens

  private static readonly tokenColumns = `t.id, u.username, t.name, t.created_at AS createdAt,
    t.expires_at AS expiresAt, t.last_used_at AS lastUsedAt`;

  listTokens(): ApiToken[] {
    return this.statement<[], ApiToken>(
      `SELECT ${AccountStore.tokenColumns} FROM tokens t JOIN users u ON u.id = t.user_id
         ORDER BY t.created_at, t.id`,
    ).all();
  }

  /** Stores the hash of `secret` as a token of the user. */
  addToken(input: {
    username: string;
    name: string;
    secret: string;
    expiresAt?: string;
    id?: string;
  }): ApiToken {
    const user = this.userRow(input.username);
    if (!user) throw new Error(`no user ${input.username}`);
    const id = input.id ?? randomUUID();
    this.statement(
      'INSERT INTO tokens (id, user_id, name, hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      id,
      user.id,
      input.name,
      secretHash(input.secret),
      new Date().toISOString(),
      input.expiresAt ?? null,
    );
    return this.listTokens().find((t) => t.id === id)!;
  }

  deleteToken(id: string): boolean {
    return this.statement('DELETE FROM tokens WHERE id = ?').run(id).changes > 0;
  }

  /** Replaces every token of that name of the user (a rotated start-up token). */
  deleteTokensNamed(username: string, name: string): number {
    return this.statement(
      'DELETE FROM tokens WHERE name = ? AND user_id = (SELECT id FROM users WHERE username = ?)',
    ).run(name, username).changes;
  }

  private principal(row: UserRow): Principal {
    return {
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organisations: this.organisationsOf(row.id),
    };
  }

  principalForUser(username: string): Principal | null {
    const row = this.userRow(username);
    return row && !row.disabled ? this.principal(row) : null;
  }

  /** The user a bearer token acts as, or null when it is unknown, expired or its user disabled. */
  principalForToken(secret: string, now = new Date()): Principal | null {
    const row = this.statement<[string], UserRow & { token_id: string; expires_at: string | null }>(
      `SELECT u.*, t.id AS token_id, t.expires_at FROM tokens t JOIN users u ON u.id = t.user_id
         WHERE t.hash = ?`,
    ).get(secretHash(secret));
    if (!row || row.disabled) return null;
    if (row.expires_at && row.expires_at <= now.toISOString()) return null;
    const last = this.lastUsedWritten.get(row.token_id) ?? 0;
    if (now.getTime() - last > lastUsedResolutionMs) {
      this.lastUsedWritten.set(row.token_id, now.getTime());
      this.statement('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(
        now.toISOString(),
        row.token_id,
      );
    }
    return this.principal(row);
  }

  // Sessions

  addSession(userId: string, secret: string, hours: number): Date {
    const now = new Date();
    const expires = new Date(now.getTime() + hours * 3600_000);
    this.statement(
      'INSERT INTO sessions (hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ).run(secretHash(secret), userId, now.toISOString(), expires.toISOString());
    return expires;
  }

  principalForSession(secret: string, now = new Date()): Principal | null {
    const row = this.statement<[string, string], UserRow>(
      `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.hash = ? AND s.expires_at > ?`,
    ).get(secretHash(secret), now.toISOString());
    if (!row || row.disabled) return null;
    return this.principal(row);
  }

  deleteSession(secret: string): void {
    this.statement('DELETE FROM sessions WHERE hash = ?').run(secretHash(secret));
  }

  purgeExpiredSessions(now = new Date()): number {
    return this.statement('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString())
      .changes;
  }
}
