import { DataTable, Link, ListBase, useRecordContext } from 'react-admin';
import { DueOnField } from '../accompaniment/actions/DueOnField';
import { actionStatusChoices } from '../common/choices';
import { ChoiceColumn, ReferenceColumn } from '../common/columns';
import { laureateTabPath } from '../accompaniment/laureates/laureateTabs';
import { EmptyText } from './EmptyText';
import { HomeSection } from './HomeSection';

/** The action's title, linking to its laureate's Actions tab. */
const TitleLink = (_: { source?: 'title' }) => {
  const record = useRecordContext();
  return record ? <Link to={laureateTabPath(record.laureateId, 'actions')}>{record.title}</Link> : null;
};

/** What the panel shows (an action's description and outcome stay on the server). */
const PANEL_FIELDS = ['title', 'laureateId', 'dueOn', 'status'];

interface Props {
  title: string;
  empty: string;
  filter: Record<string, unknown>;
}

/** Up to 10 actions of the manager's laureates, soonest due first. */
export const ActionsPanel = ({ title, empty, filter }: Props) => (
  <HomeSection title={title}>
    <ListBase resource="actions" filter={filter} sort={{ field: 'dueOn', order: 'ASC' }} perPage={10} disableSyncWithLocation queryOptions={{ meta: { fields: PANEL_FIELDS } }}>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message={empty} />}>
        <DataTable.Col source="title" disableSort>
          <TitleLink />
        </DataTable.Col>
        <ReferenceColumn source="laureateId" reference="laureates" link={false} />
        <DataTable.Col source="dueOn" disableSort>
          <DueOnField />
        </DataTable.Col>
        <ChoiceColumn source="status" choices={actionStatusChoices} disableSort />
      </DataTable>
    </ListBase>
  </HomeSection>
);
