import type { SeasonRecord } from '@aic/domain';
import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  seasons: SeasonRecord[];
  season: SeasonRecord | undefined;
  choose: (seasonId: number) => void;
}

export const SeasonPicker = ({ seasons, season, choose }: Props) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      id="season-picker"
      label={translate('aic.phaseBoard.season')}
      value={season?.id ?? ''}
      onChange={(event) => choose(Number(event.target.value))}
      sx={{ maxWidth: '24rem', mb: 2 }}
    >
      {seasons.map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {s.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
