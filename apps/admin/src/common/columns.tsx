import type { DataTableColumnProps, LinkToType } from 'react-admin';
import { DataTable, ReferenceField, SelectField } from 'react-admin';
import type { Choice } from './choices';
import { EuroField, LocaleDateField } from './fields';

type ColumnProps = Omit<DataTableColumnProps, 'source' | 'children'> & { source: string };

/** A record's name by its id; not sortable unless `sortable` (an id's order means nothing to users). */
export const ReferenceColumn = ({
  source,
  reference,
  link,
  sortable = false,
  ...column
}: ColumnProps & { reference: string; link: LinkToType; sortable?: boolean }) => (
  <DataTable.Col source={source} disableSort={!sortable} {...column}>
    <ReferenceField source={source} reference={reference} link={link} />
  </DataTable.Col>
);

/** An enum value shown by its translated label. */
export const ChoiceColumn = ({ source, choices, ...column }: ColumnProps & { choices: Choice[] }) => (
  <DataTable.Col source={source} {...column}>
    <SelectField source={source} choices={choices} />
  </DataTable.Col>
);

/** A date (or date and time) in the UI language's format. */
export const DateColumn = ({ source, showTime, ...column }: ColumnProps & { showTime?: boolean }) => (
  <DataTable.Col source={source} {...column}>
    <LocaleDateField source={source} showTime={showTime} />
  </DataTable.Col>
);

/** An amount in euros, right-aligned so that figures line up. */
export const EuroColumn = ({ source, ...column }: ColumnProps) => (
  <DataTable.Col source={source} align="right" {...column}>
    <EuroField source={source} />
  </DataTable.Col>
);
