import type { Role } from '@aic/domain';
import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, useGetIdentity, usePermissions, type Validator } from 'react-admin';
import { hasAnyRole } from '../../common/permissions';
import { LAUREATE_LEAD_ROLES } from './roles';

interface Props {
  source?: string;
  alwaysOn?: boolean;
  /** In forms: a manager may only attach records to the laureates they manage. */
  writableOnly?: boolean;
  readOnly?: boolean;
  label?: string;
  helperText?: string | false;
  size?: 'small' | 'medium';
  validate?: Validator | Validator[];
}

const byName = { field: 'name', order: 'ASC' } as const;

/** Autocomplete over laureates, searched server-side with `q`. */
export const LaureateInput = ({ source = 'laureateId', alwaysOn: _a, writableOnly, validate, ...rest }: Props) => {
  const { permissions } = usePermissions<Role[]>();
  const { identity } = useGetIdentity();
  const managerOnly = writableOnly && !hasAnyRole(permissions, LAUREATE_LEAD_ROLES);
  const managerId = managerOnly ? identity?.id : undefined;
  // A stable filter: a new object on each render would refetch the choices while the user picks one.
  const filter = useMemo(() => (managerId != null ? { accelerationManagerId: managerId } : {}), [managerId]);
  return (
    <ReferenceInput
      source={source}
      reference="laureates"
      sort={byName}
      filter={filter}
    >
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} sx={{ minWidth: '16rem' }} validate={validate} {...rest} />
    </ReferenceInput>
  );
};
