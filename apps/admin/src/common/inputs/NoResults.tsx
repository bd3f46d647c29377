import { useTranslate } from 'react-admin';

/** Every autocomplete's empty list, in the UI language (MUI's own default is "No options"). */
export const NoResults = () => <>{useTranslate()('ra.navigation.no_results')}</>;
