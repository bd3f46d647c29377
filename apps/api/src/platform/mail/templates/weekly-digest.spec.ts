import { describe, expect, it } from '@jest/globals';
import { weeklyDigestMail, type DigestAlert } from './messages.js';

const links = { home: 'https://aic.example/#/', settings: 'https://aic.example/#/account/digest' };
const overdue = (n: number, kindTotal: number): DigestAlert => ({ kind: 'overdue_action', laureateName: 'Infoclimat', title: `Action ${n}`, since: '2026-11-01', days: 30 + n, kindTotal });

describe('weeklyDigestMail', () => {
  it('counts every alert of a kind, lists the most urgent and says how many more wait in the back-office', () => {
    const alerts = [...Array.from({ length: 10 }, (_, i) => overdue(i, 37)), { kind: 'quiet_laureate' as const, laureateName: 'Vikidia', title: null, since: null, days: 40, kindTotal: 1 }];
    const mail = weeklyDigestMail({ fullName: 'Camille Exemple' }, alerts, [], links);
    expect(mail.subject).toBe('Votre semaine à l’AIC : 38 points à traiter');
    expect(mail.text).toContain('Actions en retard (37)');
    expect(mail.text).toContain('… et 27 autres, dans le back-office');
    expect(mail.text).toContain('Lauréats sans échange (1)');
    expect(mail.html).toContain('… et 27 autres, dans le back-office');
  });

  it('says nothing more when every alert of a kind is listed', () => {
    const mail = weeklyDigestMail({ fullName: 'Camille Exemple' }, [overdue(1, 1)], [], links);
    expect(mail.subject).toBe('Votre semaine à l’AIC : 1 point à traiter');
    expect(mail.text).not.toContain('autre');
  });
});
