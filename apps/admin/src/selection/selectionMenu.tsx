import type { Role } from '@aic/domain';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FilterAltIcon from '@mui/icons-material/FilterAlt';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { MenuEntry } from '../layout/menu/menuGroups';

const LEADS: readonly Role[] = ['admin', 'programme_lead'];

/**
 * The "Sélection" group: the programme team's screens, and for an evaluator only their own list (canAccess refuses
 * them everything else, so the other groups stay empty for them).
 */
export const SELECTION_MENU: MenuEntry[] = [
  { to: '/to-evaluate', label: 'aic.selection.menu.toEvaluate', icon: <RateReviewIcon />, roles: ['evaluator'] },
  { resource: 'calls', roles: LEADS },
  { resource: 'applications', roles: LEADS },
  { to: '/eligibility', label: 'aic.selection.menu.eligibility', icon: <FactCheckIcon />, roles: LEADS },
  { resource: 'evaluator-assignments', roles: LEADS },
  { to: '/ranking', label: 'aic.selection.menu.ranking', icon: <LeaderboardIcon />, roles: LEADS },
  { to: '/selection-funnel', label: 'aic.selection.menu.funnel', icon: <FilterAltIcon />, roles: LEADS },
];
