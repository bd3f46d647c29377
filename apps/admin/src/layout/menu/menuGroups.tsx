import type { Role } from '@aic/domain';
import PersonPinIcon from '@mui/icons-material/PersonPin';
import SavingsIcon from '@mui/icons-material/Savings';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { SELECTION_MENU } from '../../selection/selectionMenu';
import BarChartIcon from '@mui/icons-material/BarChart';
import CompareIcon from '@mui/icons-material/Compare';
import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import type { ReactElement } from 'react';

/** A resource's list (shown when canAccess allows it), or a page of its own. */
export type MenuEntry =
  | { resource: string; roles?: readonly Role[] }
  | { to: string | ((userId: number) => string); label: string; icon: ReactElement; roles?: readonly Role[] };

export interface MenuGroup {
  key: 'selection' | 'accompaniment' | 'committees' | 'impact' | 'programme' | 'directory' | 'administration';
  entries: MenuEntry[];
}

// What a referent has no use for (they read their laureates' accompaniment and committees).
const STAFF: readonly Role[] = ['admin', 'programme_lead', 'acceleration_manager'];
const mine = (userId: number) => `/laureates?filter=${encodeURIComponent(JSON.stringify({ accelerationManagerId: userId }))}`;

/** The menu by stage of the programme, the same groups as the code's folders. */
export const MENU_GROUPS: readonly MenuGroup[] = [
  { key: 'selection', entries: SELECTION_MENU },
  {
    key: 'accompaniment',
    entries: [
      { to: mine, label: 'aic.nav.myLaureates', icon: <PersonPinIcon />, roles: ['acceleration_manager'] },
      { resource: 'laureates' },
      { resource: 'actions' },
      { resource: 'interactions' },
      { resource: 'partnerships' },
      { resource: 'objectives' },
      { resource: 'diagnostics' },
      { resource: 'referent-assignments', roles: STAFF },
    ],
  },
  {
    key: 'committees',
    entries: [
      { resource: 'committees' },
      { resource: 'decisions' },
      { resource: 'commitments' },
      { resource: 'grants', roles: STAFF },
      { resource: 'disbursements', roles: STAFF },
      { to: '/funding', label: 'aic.menu.funding', icon: <SavingsIcon />, roles: STAFF },
    ],
  },
  {
    key: 'impact',
    entries: [
      { to: '/impact', label: 'aic.impact.menu', icon: <BarChartIcon />, roles: STAFF },
      { to: '/impact/comparison', label: 'aic.impact.comparisonMenu', icon: <CompareIcon />, roles: STAFF },
      { to: '/impact/mine', label: 'aic.impact.mineMenu', icon: <TrackChangesIcon />, roles: ['acceleration_manager'] },
      { resource: 'indicators' },
      { resource: 'outcome-surveys' },
    ],
  },
  {
    key: 'programme',
    entries: [
      { resource: 'seasons' },
      { to: '/phase-board', label: 'aic.menu.phaseBoard', icon: <ViewKanbanIcon /> },
      { resource: 'application-imports', roles: ['admin', 'programme_lead'] },
      { resource: 'ds-syncs', roles: ['admin', 'programme_lead'] },
      { resource: 'season-publications', roles: ['admin', 'programme_lead'] },
    ],
  },
  { key: 'directory', entries: [{ resource: 'organisations' }, { resource: 'contacts', roles: STAFF }] },
  { key: 'administration', entries: [{ resource: 'users' }, { resource: 'audit-events' }, { resource: 'mail-messages' }, { resource: 'self-registration-domains' }] },
];
