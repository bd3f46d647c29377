/** What an e-mail of the back-office is about. */
export const MAIL_KINDS = ['invitation', 'password_reset', 'committee_reminder', 'weekly_digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * Where an e-mail stands: `outbox` kept in the table only (no SMTP_URL); with SMTP, `queued` → `sent`, or `retrying`
 * after a refusal, and `failed` once the retries are spent.
 */
export const MAIL_STATUSES = ['outbox', 'queued', 'retrying', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
