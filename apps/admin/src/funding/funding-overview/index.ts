import { lazyView } from '../../common/lazyView';

export const FundingOverview = lazyView(() => import('./FundingOverview'), 'FundingOverview');
