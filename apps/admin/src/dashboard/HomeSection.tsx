import { Card, CardContent, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';
import { useTranslate } from 'react-admin';

/** A titled block of a home page (h2 under the page's h1). */
export const HomeSection = ({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} sx={{ height: '100%' }}>
      {/* Wide tables scroll inside the card on small screens instead of being cut off. */}
      <CardContent sx={{ overflowX: 'auto' }}>
        <Typography id={id} component="h2" variant="h6" sx={{ mb: hint ? 0 : 1 }}>
          {translate(title)}
        </Typography>
        {hint && (
          <Typography variant="body2" sx={{ mb: 1, color: 'text.secondary' }}>
            {translate(hint)}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
};
