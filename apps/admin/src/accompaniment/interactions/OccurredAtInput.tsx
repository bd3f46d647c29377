import { required } from 'react-admin';
import { DateTimeInput } from '../../common/inputs/DateTimeInput';

export const OccurredAtInput = () => <DateTimeInput source="occurredAt" validate={required()} />;
