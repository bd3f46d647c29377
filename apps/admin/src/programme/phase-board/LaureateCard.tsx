import type { Health, LaureatePhase } from '@aic/domain';
import { Card, CardContent, Typography } from '@mui/material';
import { Link, useCreatePath, useResourceDefinition, useTranslate } from 'react-admin';
import { isAccompanied } from '../../accompaniment/laureates/badges';
import { HealthBadge } from '../../committees/committees/briefing/HealthBadge';

export interface BoardLaureate {
  id: number;
  name: string;
  health: Health;
  phase: LaureatePhase;
  accelerationManagerId: number | null;
}

/** Name (a link to the laureate when its page exists), health badge while accompanied, and acceleration manager. */
export const LaureateCard = ({ laureate, managerName }: { laureate: BoardLaureate; managerName?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { hasShow } = useResourceDefinition({ resource: 'laureates' });
  const path = createPath({ resource: 'laureates', id: laureate.id, type: 'show' });
  const name = hasShow ? <Link to={path}>{laureate.name}</Link> : laureate.name;
  return (
    <Card component="li" variant="outlined" sx={{ listStyle: 'none' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700, mb: '0.25rem' }}>
          {name}
        </Typography>
        {isAccompanied(laureate.phase) && <HealthBadge health={laureate.health} small />}
        <Typography variant="body2" sx={{ mt: '0.25rem' }}>
          {managerName ? translate('aic.phaseBoard.manager', { name: managerName }) : translate('aic.phaseBoard.noManager')}
        </Typography>
      </CardContent>
    </Card>
  );
};
