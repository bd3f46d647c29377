import { DataTable, Link, ListBase, ReferenceField, SelectField, useRecordContext } from 'react-admin';
import { DueOnField } from '../actions/DueOnField';
import { actionStatusChoices } from '../common/choices';
import { laureateTabPath } from '../laureates/laureateTabs';
import { EmptyText } from './EmptyText';
import { HomeSection } from './HomeSection';

/** The action's title, linking to its laureate's Actions tab. */
const TitleLink = (_: { source?: 'title' }) => {
  const record = useRecordContext();
  return record ? <Link to={laureateTabPath(record.laureateId, 'actions')}>{record.title}</Link> : null;
};

interface Props {
  title: string;
  empty: string;
  filter: Record<string, unknown>;
}

/** Up to 10 actions of the manager's laureates, soonest due first. */
export const ActionsPanel = ({ title, empty, filter }: Props) => (
  <HomeSection title={title}>
    <ListBase resource="actions" filter={filter} sort={{ field: 'dueOn', order: 'ASC' }} perPage={10} disableSyncWithLocation>
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message={empty} />}>
        <DataTable.Col source="title" disableSort>
          <TitleLink />
        </DataTable.Col>
        <DataTable.Col source="laureateId" disableSort>
          <ReferenceField source="laureateId" reference="laureates" link={false} />
        </DataTable.Col>
        <DataTable.Col source="dueOn" disableSort>
          <DueOnField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <SelectField source="status" choices={actionStatusChoices} />
        </DataTable.Col>
      </DataTable>
    </ListBase>
  </HomeSection>
);
