import { type BriefingItem, PARTNERSHIP_STATUSES } from '@aic/domain';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BriefingSection } from './BriefingSection';

/** The partners met so far by name, then the whole pipeline counted by stage. */
export const PartnersList = ({ partners, counts }: { partners: BriefingItem['partners']; counts: BriefingItem['partnerCounts'] }) => {
  const translate = useTranslate();
  const stages = PARTNERSHIP_STATUSES.filter((status) => counts[status]).map(
    (status) => `${translate(`aic.partnershipStatuses.${status}`)} ${counts[status]}`,
  );
  return (
    <BriefingSection title={translate('aic.briefing.partners')}>
      {stages.length === 0 ? (
        <Typography variant="body2">{translate('aic.briefing.noPartners')}</Typography>
      ) : (
        <>
          {partners.length > 0 && (
            <ul className="fr-mb-0">
              {partners.map((partner) => (
                <li key={`${partner.organisationName}-${partner.purpose}`}>
                  {partner.organisationName} — {translate(`aic.partnershipStatuses.${partner.status}`, { _: partner.status })} (
                  {translate(`aic.partnershipPurposes.${partner.purpose}`, { _: partner.purpose })})
                </li>
              ))}
            </ul>
          )}
          <Typography variant="body2">{translate('aic.briefing.partnerPipeline', { counts: stages.join(' · ') })}</Typography>
        </>
      )}
    </BriefingSection>
  );
};
