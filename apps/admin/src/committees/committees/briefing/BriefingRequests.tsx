import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';
import { BriefingSection } from './BriefingSection';
import type { BriefingItem } from '@aic/domain';

/** What the laureate asks for next, and the acceleration manager's briefing note. */
export const BriefingRequests = ({ item }: { item: BriefingItem }) => {
  const translate = useTranslate();
  const format = useFormat();
  const hasRequest = item.requestedSupport || item.requestedFunding;
  return (
    <>
      <BriefingSection title={translate('aic.briefing.requests')}>
        {!hasRequest && <Typography variant="body2">{translate('aic.briefing.noRequest')}</Typography>}
        {item.requestedSupport && <Typography sx={{ whiteSpace: 'pre-line' }}>{item.requestedSupport}</Typography>}
        {item.requestedFunding ? (
          <Typography>
            {translate('aic.briefing.requestedFunding')}
            {translate('aic.briefing.colon')} <strong>{format.euros(item.requestedFunding)}</strong>
          </Typography>
        ) : null}
      </BriefingSection>
      {item.briefingNotes && (
        <BriefingSection title={translate('aic.briefing.notes')}>
          <Typography sx={{ whiteSpace: 'pre-line' }}>{item.briefingNotes}</Typography>
        </BriefingSection>
      )}
    </>
  );
};
