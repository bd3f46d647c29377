import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled section of the 360° page or of a home (the page's <h1> is the PageHeading). */
export const SectionHeading = ({ id, title, level = 2 }: { id?: string; title: string; level?: 2 | 3 }) => {
  const translate = useTranslate();
  return (
    <Typography id={id} component={`h${level}`} variant={level === 2 ? 'h6' : 'subtitle1'} sx={{ mt: 2, mb: 1, fontWeight: 700 }}>
      {translate(title, { _: title })}
    </Typography>
  );
};
