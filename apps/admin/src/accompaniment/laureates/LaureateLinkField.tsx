import { Link, useRecordContext } from 'react-admin';
import { type LaureateTab, laureateTabPath } from './laureateTabs';

/** A laureate's name as a link to its 360° page (a keyboard-reachable way into a row). */
export const LaureateLinkField = ({ tab = '' }: { source?: 'name'; tab?: LaureateTab }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <Link to={laureateTabPath(record.id, tab)}>{record.name}</Link>;
};
