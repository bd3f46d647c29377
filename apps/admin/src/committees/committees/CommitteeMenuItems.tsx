import SavingsIcon from '@mui/icons-material/Savings';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu, usePermissions } from 'react-admin';
import { hasAnyRole } from '../../common/permissions';
import { FUNDING_READER_ROLES } from './committeeResources';

/** Menu entries of the custom pages: the phase board (everyone), the funding overview (programme team). */
export const CommitteeMenuItems = () => {
  const { permissions } = usePermissions();
  return (
    <>
      <Menu.Item to="/phase-board" primaryText="aic.menu.phaseBoard" leftIcon={<ViewKanbanIcon />} />
      {hasAnyRole(permissions, FUNDING_READER_ROLES) && (
        <Menu.Item to="/funding" primaryText="aic.menu.funding" leftIcon={<SavingsIcon />} />
      )}
    </>
  );
};
