import { DateTimeInput, required } from 'react-admin';

// The browser's datetime-local value is local time: send it as an ISO instant (the API wants a strict ISO 8601).
const toIso = (value: string) => (value ? new Date(value).toISOString() : null);

export const OccurredAtInput = () => <DateTimeInput source="occurredAt" parse={toIso} validate={required()} />;
