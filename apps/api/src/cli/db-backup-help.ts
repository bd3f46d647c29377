/** What to use instead with DATABASE_URL: the server's own client tools, of its major version (or newer). */
export function externalServerHelp(action: 'backup' | 'restore'): string {
  return action === 'backup'
    ? 'DATABASE_URL is set: db:backup only copies the embedded server. For an external server use pg_dump of its major version (or newer):\n' +
        '  pg_dump "$DATABASE_URL" -Fc -f aic-$(date +%F).dump\n(docs/operations.md, "Backup")'
    : 'DATABASE_URL is set: db:restore only restores the embedded server. For an external server, restore a pg_dump archive into an empty database with pg_restore of the same major version:\n' +
        '  pg_restore --no-owner --exit-on-error -d "$DATABASE_URL" aic-YYYY-MM-DD.dump\n(docs/operations.md, "Restore")';
}

export const timestamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
