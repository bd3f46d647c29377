import { Box, Typography } from '@mui/material';
import { Button, Link, useNotify, useTranslate } from 'react-admin';
import type { BriefingCommittee, BriefingItem } from '@aic/domain';
import { downloadPdf } from '../../../common/download';

/** What a closed committee produces: its minutes (a draft to edit) and the decision letter of each laureate. */
export const ClosingDocuments = ({ committee, items }: { committee: BriefingCommittee; items: BriefingItem[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const download = (item: BriefingItem) =>
    downloadPdf(`/api/committees/${committee.id}/decision-letters/${item.laureate.id}`, `decision-${committee.id}-${item.laureate.id}.pdf`).catch(() =>
      notify('aic.briefing.downloadError', { type: 'error' }),
    );
  return (
    <Box component="section" aria-labelledby="closing-documents" sx={{ mt: 2 }}>
      <Typography id="closing-documents" component="h3" variant="h6">
        {translate('aic.closing.documents')}
      </Typography>
      <p className="fr-mb-1w">
        <Link to={`/committees/${committee.id}`}>{translate('aic.closing.editMinutes')}</Link>
      </p>
      <ul className="fr-raw-list">
        {items.filter((item) => item.decision).map((item) => (
          <li key={item.agendaItemId}>
            <Button label={translate('aic.closing.letter', { name: item.laureate.name })} onClick={() => void download(item)} />
          </li>
        ))}
      </ul>
    </Box>
  );
};
