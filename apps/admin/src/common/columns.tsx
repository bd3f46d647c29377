import type { DataTableColumnProps, LinkToType } from 'react-admin';
import { DataTable, ReferenceField, SelectField, useResourceDefinition } from 'react-admin';
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
    <ReferenceNameField source={source} reference={reference} link={link} />
  </DataTable.Col>
);

/**
 * The referenced record shown by its representation; when that is one field (a laureate's name), only that field is
 * read (`meta.fields`: the rows' laureates were read whole, ~770 bytes each, to show their names).
 */
const ReferenceNameField = ({ source, reference, link }: { source: string; reference: string; link: LinkToType }) => {
  const { recordRepresentation } = useResourceDefinition({ resource: reference });
  const queryOptions = typeof recordRepresentation === 'string' ? { meta: { fields: [recordRepresentation] } } : undefined;
  return <ReferenceField source={source} reference={reference} link={link} queryOptions={queryOptions} />;
};

/** An enum value shown by its translated label. */
export const ChoiceColumn = ({ source, choices, ...column }: ColumnProps & { choices: Choice[] }) => (
  <DataTable.Col source={source} {...column}>
    <SelectField source={source} choices={choices} />
  </DataTable.Col>
);

/** A date (or date and time) in the UI language's format. */
export const DateColumn = ({ source, showTime, options, ...column }: ColumnProps & { showTime?: boolean; options?: Intl.DateTimeFormatOptions }) => (
  <DataTable.Col source={source} {...column}>
    <LocaleDateField source={source} showTime={showTime} options={options} />
  </DataTable.Col>
);

/** An amount in euros, right-aligned so that figures line up. */
export const EuroColumn = ({ source, ...column }: ColumnProps) => (
  <DataTable.Col source={source} align="right" {...column}>
    <EuroField source={source} />
  </DataTable.Col>
);
