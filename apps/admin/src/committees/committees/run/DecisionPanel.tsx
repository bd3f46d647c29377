import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, Form, ResourceContextProvider, SaveButton, useTranslate } from 'react-admin';
import { useHasRole } from '../../../common/permissions';
import { EnvelopeExcessAlert } from '../../../funding/grants/envelope/EnvelopeExcessAlert';
import { DecisionRecap } from '../briefing/DecisionRecap';
import type { BriefingCommittee, BriefingItem } from '@aic/domain';
import { DecisionInputs } from './DecisionInputs';
import { type DecisionValues, useSaveDecision } from './useSaveDecision';

interface Props {
  committee: BriefingCommittee;
  item: BriefingItem;
  onSaved: () => void;
}

/** The right-hand side of the run screen: record (or change) the committee's decision for the laureate shown. */
export const DecisionPanel = ({ committee, item, onSaved }: Props) => {
  const translate = useTranslate();
  const canDecide = useHasRole('admin', 'programme_lead');
  const closed = committee.status === 'closed';
  const readOnly = closed || !canDecide;
  const { save, pending, confirmOverride, cancelOverride } = useSaveDecision(committee, item, onSaved);
  const record = item.decision ?? { fundingGranted: 0 };
  // Ending an accompaniment is confirmed first; the other outcomes save at once.
  const [stopping, setStopping] = useState<DecisionValues | null>(null);
  const submit = (values: Record<string, unknown>) => {
    const decision = values as unknown as DecisionValues;
    if (decision.outcome === 'stop' && item.decision?.outcome !== 'stop') return void setStopping(decision);
    return save(decision);
  };
  return (
    <Card component="section" aria-labelledby="decision-title">
      <CardContent>
        <Typography id="decision-title" component="h2" variant="h5">
          {translate('aic.run.decisionTitle')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(item.decision ? 'aic.run.decided' : 'aic.run.undecided')}
        </Typography>
        {closed && <Alert severity="info">{translate('aic.run.closedNotice')}</Alert>}
        {!closed && !canDecide && <Alert severity="info">{translate('aic.run.readOnlyNotice')}</Alert>}
        {readOnly ? (
          item.decision && <DecisionRecap decision={item.decision} />
        ) : (
          <ResourceContextProvider value="decisions">
            <Form key={`${item.agendaItemId}-${item.decision?.version ?? 0}`} record={record} onSubmit={submit}>
              <DecisionInputs />
              {pending && (
                <EnvelopeExcessAlert
                  excess={pending.excess}
                  onCancel={cancelOverride}
                  confirm={<Button label="aic.envelope.confirm" variant="contained" onClick={() => void confirmOverride()} />}
                />
              )}
              <SaveButton label="aic.run.save" />
            </Form>
            <Confirm
              isOpen={stopping !== null}
              title="aic.run.confirmStopTitle"
              content="aic.run.confirmStopContent"
              translateOptions={{ name: item.laureate.name }}
              confirm="aic.run.confirmStop"
              confirmColor="warning"
              onConfirm={() => {
                const values = stopping!;
                setStopping(null);
                void save(values);
              }}
              onClose={() => setStopping(null)}
            />
          </ResourceContextProvider>
        )}
      </CardContent>
    </Card>
  );
};
