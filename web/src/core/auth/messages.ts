/**
 * The strings of signing in, the setup page and the account menu, in Chinese and English; the
 * dictionary spreads them in. `{name}` marks a parameter filled by `translate`.
 */
export const authMessages = {
  'auth.signIn': { zh: '登录', en: 'Sign in' },
  'auth.signOut': { zh: '退出登录', en: 'Sign out' },
  'auth.signingIn': { zh: '正在登录……', en: 'Signing in…' },
  'auth.signedInAs': { zh: '已登录：{name}（{role}）', en: 'Signed in as {name} ({role})' },
  'auth.accountLabel': { zh: '账户', en: 'Account' },
  'auth.organisations': { zh: '所属单位：{list}', en: 'Organisations: {list}' },
  'auth.role.viewer': { zh: '查看者', en: 'viewer' },
  'auth.role.editor': { zh: '编辑者', en: 'editor' },
  'auth.role.admin': { zh: '管理员', en: 'admin' },
  'auth.username': { zh: '用户名', en: 'User name' },
  'auth.password': { zh: '密码', en: 'Password' },
  'auth.passwordRepeat': { zh: '再次输入密码', en: 'Password again' },
  'auth.login.title': { zh: '登录产教图谱', en: 'Sign in to Chanjiao Atlas' },
  'auth.login.intro': {
    zh: '浏览图谱无需登录；导入和修改数据需要编辑者账户。账户由管理员创建。',
    en: 'Reading the graph needs no account here; importing and editing need an editor’s account, which an administrator creates.',
  },
  'auth.login.introPrivate': {
    zh: '本站需要登录后才能浏览。账户由管理员创建。',
    en: 'This site needs a sign-in to read. An administrator creates the accounts.',
  },
  'auth.login.already': {
    zh: '你已以 {name} 身份登录。',
    en: 'You are signed in as {name}.',
  },
  'auth.login.continue': { zh: '继续', en: 'Continue' },
  'auth.error.credentials': { zh: '用户名或密码错误。', en: 'Wrong user name or password.' },
  'auth.error.rateLimited': {
    zh: '尝试次数过多，请一分钟后再试。',
    en: 'Too many attempts; try again in a minute.',
  },
  'auth.error.origin': {
    zh: '服务器拒绝了来自此地址的登录（跨站请求）。',
    en: 'The server refused a sign-in from this address (cross-site request).',
  },
  'auth.error.network': { zh: '无法连接服务器。', en: 'The server cannot be reached.' },
  'auth.error.other': { zh: '操作失败：{message}', en: 'That did not work: {message}' },
  'auth.setup.title': { zh: '创建首个管理员', en: 'Create the first administrator' },
  'auth.setup.intro': {
    zh: '此链接由服务器启动时打印，只能使用一次。管理员可以创建其他用户、单位和 API 令牌。',
    en: 'The server printed this link at start; it works once. The administrator can then create users, organisations and API tokens.',
  },
  'auth.setup.submit': { zh: '创建并登录', en: 'Create and sign in' },
  'auth.setup.creating': { zh: '正在创建……', en: 'Creating…' },
  'auth.setup.done': {
    zh: '已有管理员，设置已完成。请直接登录。',
    en: 'Setup is done: an administrator exists. Sign in instead.',
  },
  'auth.setup.noToken': {
    zh: '链接中缺少令牌。请使用服务器启动时打印的完整链接。',
    en: 'The link has no token. Use the whole link the server printed at start.',
  },
  'auth.setup.badToken': {
    zh: '此设置链接无效或已被使用。',
    en: 'This setup link is wrong or has been used.',
  },
  'auth.setup.tooShort': {
    zh: '密码至少需要 12 个字符。',
    en: 'The password needs at least 12 characters.',
  },
  'auth.setup.mismatch': { zh: '两次输入的密码不一致。', en: 'The two passwords differ.' },
  'auth.setup.badUsername': {
    zh: '用户名须为 2–64 个小写字母、数字或 . _ -，以字母或数字开头。',
    en: 'A user name is 2–64 of lower-case a–z, 0–9, . _ -, starting with a letter or digit.',
  },
  'auth.needsEditor.title': { zh: '需要编辑者权限', en: 'An editor’s account is needed' },
  'auth.needsEditor.anonymous': {
    zh: '导入数据需要编辑者或管理员账户。请先登录。',
    en: 'Importing data needs an editor’s or administrator’s account. Sign in first.',
  },
  'auth.needsEditor.viewer': {
    zh: '{name} 是查看者账户，不能导入数据。请联系管理员。',
    en: '{name} is a viewer’s account and cannot import data. Ask an administrator.',
  },
  'auth.checking': { zh: '正在确认登录状态……', en: 'Checking who is signed in…' },
} as const satisfies Record<string, { zh: string; en: string }>;
