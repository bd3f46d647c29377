import type { InteractionKind } from '@aic/domain';
import CallIcon from '@mui/icons-material/Call';
import EmailIcon from '@mui/icons-material/Email';
import EventIcon from '@mui/icons-material/Event';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import NotesIcon from '@mui/icons-material/Notes';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const ICONS: Record<InteractionKind, typeof CallIcon> = {
  meeting: GroupsIcon,
  call: CallIcon,
  email: EmailIcon,
  workshop: LightbulbIcon,
  introduction: HandshakeIcon,
  event: EventIcon,
  other: NotesIcon,
};

/** The kind of an interaction: a decorative icon and its label. */
export const KindLabel = ({ kind }: { kind?: InteractionKind }) => {
  const translate = useTranslate();
  if (!kind) return null;
  const Icon = ICONS[kind] ?? NotesIcon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Icon fontSize="small" aria-hidden="true" sx={{ color: 'var(--text-action-high-blue-france)' }} />
      {translate(`aic.interactionKinds.${kind}`)}
    </Box>
  );
};

export const KindField = (_: { source?: 'kind' }) => <KindLabel kind={useRecordContext()?.kind} />;
