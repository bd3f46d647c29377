import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letPostgresUserReach } from './postgres-user-access.js';

describe('letPostgresUserReach', () => {
  it('as root, lets others search the private directories above a data directory (search only), and says so; otherwise changes nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'aic-reach-')); // 0700, like a checkout in `mktemp -d`
    try {
      mkdirSync(join(root, 'checkout', '.data'), { recursive: true, mode: 0o750 });
      const said: string[] = [];
      letPostgresUserReach([join(root, 'checkout', '.data', 'pg')], (message) => said.push(message));
      const mode = (dir: string) => statSync(dir).mode & 0o777;
      if (process.getuid?.() === 0) {
        expect([mode(root), mode(join(root, 'checkout')), mode(join(root, 'checkout', '.data'))]).toEqual([0o701, 0o751, 0o751]);
        expect(said).toHaveLength(1);
        expect(said[0]).toContain(root);
      } else {
        expect([mode(root), mode(join(root, 'checkout'))]).toEqual([0o700, 0o750]);
        expect(said).toEqual([]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
