/**
 * Signing in, in real headless Chromium over a server started with no administrator: the setup
 * link the server prints creates the first administrator (a wrong or spent link says so); a
 * viewer signs in, sees who they are, and is offered no import; an editor who opens the import
 * signed out is sent to sign in (a wrong password is refused in words), comes back to the import,
 * imports a file (stamped with their name and organisation), and signs out. The browser keeps the server's real session cookie (HttpOnly,
 * SameSite=Strict, Secure — accepted on a loopback address).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedStore } from '@chanjiao/server';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { saveScreenshot, startEmbeddedServer, type TestServer } from './server.ts';

let browser: Browser;
let server: TestServer;
let store: EmbeddedStore;
let baseUrl: string;
/** The administrator's browser context, signed in through the setup page. */
let adminContext: BrowserContext;

const adminPassword = 'chief-password-2026';
const editorPassword = 'editor-password-2026';
const viewerPassword = 'viewer-password-2026';

beforeAll(async () => {
  server = await startEmbeddedServer({ demo: false, admin: false });
  ({ store, baseUrl } = server);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return page;
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('signing in, in Chromium', () => {
  it('the setup link creates the first administrator, once', async () => {
    expect(server.setupToken).toMatch(/^setup_/);
    const errors: string[] = [];
    adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(adminContext, errors);

    await page.goto(`${baseUrl}/setup?token=not-the-token`, { waitUntil: 'load' });
    await page.getByTestId('setup-username').fill('chief');
    await page.getByTestId('setup-password').fill(adminPassword);
    await page.getByTestId('setup-password-repeat').fill(`${adminPassword}!`);
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('setup-error').innerText()).toMatch(/两次|differ/);
    await page.getByTestId('setup-password-repeat').fill(adminPassword);
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('setup-error').innerText()).toMatch(/无效|wrong/);

    await page.goto(`${baseUrl}/setup?token=${server.setupToken}`, { waitUntil: 'load' });
    expect(await seriousViolations(page)).toEqual([]);
    saveScreenshot('setup.png', await page.screenshot());
    await page.getByTestId('setup-username').fill('chief');
    await page.getByTestId('setup-password').fill(adminPassword);
    await page.getByTestId('setup-password-repeat').fill(adminPassword);
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => pathOf(page)).toBe('/');
    await expect.poll(() => page.getByTestId('account-user').innerText()).toMatch(/chief/);
    expect(await page.getByTestId('account-menu').getAttribute('data-role')).toBe('admin');
    // The administrator may import.
    expect(await page.getByTestId('mode-import').count()).toBe(1);

    // The link is spent: the page says setup is done.
    await page.goto(`${baseUrl}/setup?token=${server.setupToken}`, { waitUntil: 'load' });
    await page.getByTestId('setup-done').waitFor();
    expect(errors).toEqual([]);

    // Accounts for the next tests, made by the signed-in administrator (cookie and same origin).
    const organisation = await page.request.post(`${baseUrl}/api/organisations`, {
      headers: { origin: baseUrl },
      data: { key: 'ningde-college', name_zh: '宁德职业技术学院', name_en: 'Ningde college' },
    });
    expect(organisation.status(), await organisation.text()).toBe(201);
    for (const [username, role, password, organisations] of [
      ['li.wei', 'editor', editorPassword, ['ningde-college']],
      ['zhao.min', 'viewer', viewerPassword, []],
    ] as const) {
      const created = await page.request.post(`${baseUrl}/api/users`, {
        headers: { origin: baseUrl },
        data: { username, role, password, organisations },
      });
      expect(created.status(), await created.text()).toBe(201);
    }
    await page.close();
  });

  it('a viewer signs in and is offered no import', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(baseUrl, { waitUntil: 'load' });
    // Reading is public: the explorer is there, and a sign-in link, but no import tab.
    await page.getByTestId('sign-in-link').waitFor();
    expect(await page.getByTestId('mode-import').count()).toBe(0);
    await page.getByTestId('sign-in-link').click();
    await expect.poll(() => pathOf(page)).toBe('/login');
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, 'zhao.min', viewerPassword);
    await expect.poll(() => pathOf(page)).toBe('/');
    await expect
      .poll(() => page.getByTestId('account-user').innerText())
      .toMatch(/zhao\.min（查看者）|zhao\.min \(viewer\)/);
    expect(await page.getByTestId('mode-import').count()).toBe(0);
    expect(await page.getByTestId('mode-skill-gap').count()).toBe(1);
    saveScreenshot('signed-in-viewer.png', await page.screenshot());

    // Typing the address gives a notice, not the import form.
    await page.goto(`${baseUrl}/import`, { waitUntil: 'load' });
    await page.getByTestId('needs-editor').waitFor();
    expect(await page.getByTestId('import-view').count()).toBe(0);
    expect(await page.getByTestId('needs-editor-sign-in').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an editor signs in from the import, imports a file, and signs out', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(`${baseUrl}/import`, { waitUntil: 'load' });
    await page.getByTestId('needs-editor-sign-in').click();
    await expect.poll(() => pathOf(page)).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/import');

    await signIn(page, 'li.wei', 'not-the-password');
    await expect.poll(() => page.getByTestId('login-error').innerText()).toMatch(/错误|Wrong/);
    expect(pathOf(page)).toBe('/login');
    saveScreenshot('login-refused.png', await page.screenshot());

    await page.getByTestId('login-password').fill(editorPassword);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => pathOf(page)).toBe('/import');
    await page.getByTestId('import-view').waitFor();
    expect(await page.getByTestId('account-menu').getAttribute('data-role')).toBe('editor');
    // The session cookie is the server's, as it set it.
    const cookie = (await context.cookies(baseUrl)).find((c) => c.name === 'atlas_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });

    await page.getByTestId('import-mode').selectOption('ndjson');
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'competencies.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(
        `${JSON.stringify({
          type: 'node',
          kind: 'Competency',
          key: 'e2e-coating',
          props: { name_zh: '极片涂布', dimension: 'skill', source: 'e2e fixture (invented)' },
        })}\n`,
      ),
    });
    await page.getByTestId('import-dry-run').click();
    await expect
      .poll(() => page.getByTestId('import-run').isEnabled(), { timeout: 20_000 })
      .toBe(true);
    await page.getByTestId('import-run').click();
    const result = page.getByTestId('import-result');
    await expect
      .poll(async () => ((await result.count()) > 0 ? result.getAttribute('data-dry-run') : null), {
        timeout: 20_000,
      })
      .toBe('false');
    // The server stamped who imported it, for which organisation.
    expect(await store.getNode({ kind: 'Competency', key: 'e2e-coating' })).toMatchObject({
      props: { name_zh: '极片涂布', org: 'ningde-college', updatedBy: 'li.wei' },
    });

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-link').waitFor();
    await page.getByTestId('needs-editor').waitFor();
    expect((await context.cookies(baseUrl)).some((c) => c.name === 'atlas_session')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
