import type { Role } from '@aic/domain';
import type { SxProps, Theme } from '@mui/material';
import { useMemo } from 'react';
import { ReferenceInput, SelectInput, type Validator } from 'react-admin';

interface Props {
  source: string;
  /** Only staff with this role (the API checks it too). */
  role?: Role;
  alwaysOn?: boolean;
  disabled?: boolean;
  helperText?: string | false;
  size?: 'small' | 'medium';
  validate?: Validator | Validator[];
  sx?: SxProps<Theme>;
}

const byName = { field: 'fullName', order: 'ASC' } as const;

/** Picks an active staff member from the read-only directory (`staff-members`). */
export const StaffInput = ({ source, role, alwaysOn: _alwaysOn, ...rest }: Props) => {
  const filter = useMemo(() => (role ? { role, active: true } : { active: true }), [role]);
  return (
    <ReferenceInput source={source} reference="staff-members" filter={filter} sort={byName} perPage={100}>
      <SelectInput optionText="fullName" {...rest} />
    </ReferenceInput>
  );
};
