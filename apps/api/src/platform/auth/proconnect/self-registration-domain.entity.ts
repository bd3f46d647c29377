import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../../common/crud/versioned.entity.js';

/** An e-mail domain whose agents may create their own account at their first ProConnect sign-in (without a role). */
@Entity({ name: 'self_registration_domains' })
export class SelfRegistrationDomain extends VersionedEntity {
  @Column({ type: 'text' })
  domain: string;
}
