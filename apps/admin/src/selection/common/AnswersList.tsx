import type { ApplicationAnswer } from '@aic/domain';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The application form's other answers, as submitted and in the form's order: a description list, one per field. */
export const AnswersList = ({ answers }: { answers: ApplicationAnswer[] | undefined }) => {
  const translate = useTranslate();
  const filled = (answers ?? []).filter((answer) => answer.value != null && answer.value !== '');
  if (filled.length === 0) return <p className="fr-text--sm">{translate('aic.selection.noAnswers')}</p>;
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { sm: 'minmax(12rem, 1fr) 3fr' }, columnGap: 2, rowGap: 1 }}>
      {filled.map((answer, index) => (
        <Box key={`${index}-${answer.label}`} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 700 }}>
            {answer.label}
          </Box>
          <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {answer.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
