import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BriefingSection } from './BriefingSection';
import type { BriefingItem } from './types';

export const PartnersList = ({ partners }: { partners: BriefingItem['partners'] }) => {
  const translate = useTranslate();
  return (
    <BriefingSection title={translate('aic.briefing.partners')}>
      {partners.length === 0 ? (
        <Typography variant="body2">{translate('aic.briefing.noPartners')}</Typography>
      ) : (
        <ul className="fr-mb-0">
          {partners.map((partner) => (
            <li key={`${partner.organisationName}-${partner.purpose}`}>
              {partner.organisationName} — {translate(`aic.partnershipStatuses.${partner.status}`, { _: partner.status })} (
              {translate(`aic.partnershipPurposes.${partner.purpose}`, { _: partner.purpose })})
            </li>
          ))}
        </ul>
      )}
    </BriefingSection>
  );
};
