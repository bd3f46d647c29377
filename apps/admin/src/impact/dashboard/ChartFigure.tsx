import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { toCsv } from '../../common/csv';
import { saveFile } from '../../common/download';
import { intlLocale } from '../../i18n';

export interface ChartSeries {
  label: string;
  values: number[];
}

interface Props {
  id: string;
  title: string;
  /** The bars' labels (x axis), and the rows of the data table. */
  categories: string[];
  /** One series per bar colour (a season, a status…), and one column of the data table each. */
  series: ChartSeries[];
  /** The heading of the table's first column. */
  categoryHeading: string;
  csvName: string;
  stacked?: boolean;
  children?: ReactNode;
}

// DSFR illustrative colours, dark enough against white for graphical objects (RGAA 3.3, 3:1).
const COLOURS = ['#000091', '#c9191e', '#18753c', '#b34000', '#6e445a', '#3a3a3a', '#0063cb'];

/**
 * A chart with what it shows as a table (the accessible alternative, RGAA 1.1 / 4.1) and a CSV export of the same
 * figures: the chart is a picture for sighted readers, the table is the data.
 */
export const ChartFigure = ({ id, title, categories, series, categoryHeading, csvName, stacked, children }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const format = (value: number) => value.toLocaleString(intlLocale(locale));
  const exportCsv = () =>
    saveFile(
      new Blob([toCsv([categoryHeading, ...series.map((s) => s.label)], categories.map((category, i) => [category, ...series.map((s) => String(s.values[i]))]))], {
        type: 'text/csv;charset=utf-8',
      }),
      `${csvName}.csv`,
    );
  return (
    <Card component="section" aria-labelledby={`${id}-title`} sx={{ mb: 3 }} data-chart={id}>
      <CardContent>
        <Typography id={`${id}-title`} component="h2" variant="h5" sx={{ mb: 1 }}>
          {title}
        </Typography>
        <Box role="img" aria-label={translate('aic.impact.chartOf', { title })}>
          <BarChart
            height={280}
            colors={COLOURS}
            xAxis={[{ scaleType: 'band', data: categories }]}
            yAxis={[{ valueFormatter: (value: number | null) => (value === null ? '' : format(value)) }]}
            series={series.map((s) => ({ data: s.values, label: s.label, stack: stacked ? 'all' : undefined, valueFormatter: (v: number | null) => (v === null ? '' : format(v)) }))}
          />
        </Box>
        <Box component="details" sx={{ mt: 1 }}>
          <Box component="summary" sx={{ cursor: 'pointer' }}>
            {translate('aic.impact.dataTable')}
          </Box>
          <Box component="table" className="fr-table" sx={{ width: '100%', borderCollapse: 'collapse', mt: 1, '& th, & td': { textAlign: 'left', p: 0.5, borderBottom: '1px solid #ddd' } }}>
            <caption className="fr-sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeading}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => (
                    <td key={s.label}>{format(s.values[i])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
        {children}
        <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} sx={{ mt: 1 }}>
          {translate('aic.impact.exportCsv')} — {title}
        </Button>
      </CardContent>
    </Card>
  );
};
