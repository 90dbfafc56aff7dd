/**
 * The first administrator. At start, `ATLAS_ADMIN_PASSWORD` creates the administrator account
 * (or resets its password) and `ATLAS_ADMIN_TOKEN` is stored as that administrator's token
 * (created, or rotated when it changed), so CI and scripts need no interactive step. With neither
 * and no administrator yet, a single-use setup token is made for the server to print as a link;
 * `POST /api/auth/setup` spends it to create the administrator. Reading stays public by default,
 * so a laptop's `pnpm start` opens the demo without any of this.
 */
import type { AuthConfig } from '../config.ts';
import type { AccountStore } from './accounts.ts';
import { hashPassword, newSecret } from './secrets.ts';

/** The name of the token that ATLAS_ADMIN_TOKEN stores. */
export const startupTokenName = 'ATLAS_ADMIN_TOKEN';

/** Applies the start-up settings; returns a setup token when no administrator exists. */
export async function applyStartupAdmin(
  accounts: AccountStore,
  config: AuthConfig,
): Promise<string | null> {
  const username = config.adminUser;
  if (config.adminPassword !== undefined || config.adminToken !== undefined) {
    const existing = accounts.getUser(username);
    const passwordHash =
      config.adminPassword !== undefined ? await hashPassword(config.adminPassword) : undefined;
    if (!existing)
      accounts.createUser({ username, role: 'admin', passwordHash: passwordHash ?? null });
    else
      accounts.updateUser(username, {
        role: 'admin',
        disabled: false,
        ...(passwordHash && { passwordHash }),
      });
    if (config.adminToken !== undefined) {
      // Rotation: the previous start-up token stops working when the variable changes.
      accounts.deleteTokensNamed(username, startupTokenName);
      accounts.addToken({ username, name: startupTokenName, secret: config.adminToken });
    }
  }
  return accounts.countAdmins() === 0 ? newSecret('setup_') : null;
}
