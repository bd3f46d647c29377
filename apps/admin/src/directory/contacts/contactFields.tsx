import { type Identifier, useRecordContext } from 'react-admin';

interface Membership {
  laureateId: Identifier;
  role?: string | null;
}

export const ContactNameField = (_: { source?: string }) => {
  const record = useRecordContext();
  return record ? <span>{`${record.firstName} ${record.lastName}`}</span> : null;
};

/** The contact's role in one laureate's project team (from the contact's `laureates` memberships). */
export const TeamRoleField = ({ laureateId }: { source?: string; laureateId: Identifier }) => {
  const record = useRecordContext();
  const membership = (record?.laureates as Membership[] | undefined)?.find((m) => String(m.laureateId) === String(laureateId));
  return membership?.role ? <span>{membership.role}</span> : null;
};
