import type { ReactNode } from 'react';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs } from 'react-admin';
import { ActionsTab } from './show/ActionsTab';
import { DocumentsTab } from './show/DocumentsTab';
import { JournalTab } from './show/JournalTab';
import { LaureateHeader } from './show/LaureateHeader';
import { LaureateShowActions } from './show/LaureateShowActions';
import { OverviewTab } from './show/OverviewTab';
import { PartnersTab } from './show/PartnersTab';
import { RoadmapTab } from './show/RoadmapTab';
import { TeamTab } from './show/TeamTab';

const Tab = TabbedShowLayout.Tab;
const PANEL_ID = 'laureate-tabpanel';

/** Tabs and their panel linked for screen readers: each tab controls the panel, the panel is named by its tab. */
const tabProps = (key: string) => ({ id: `laureate-tab-${key}`, 'aria-controls': PANEL_ID });
// `label={false}`: react-admin wraps each child of a tab in a Labeled, which must show no label here.
const Panel = ({ tabKey, children }: { tabKey: string; children: ReactNode; label?: false }) => (
  <div role="tabpanel" id={PANEL_ID} aria-labelledby={`laureate-tab-${tabKey}`}>
    {children}
  </div>
);
const tabs = <TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />;

/** The laureate's 360° page: header, then one tab per facet of the accompaniment (each tab has its URL). */
export const LaureateShow = () => (
  <Show actions={<LaureateShowActions />}>
    <LaureateHeader />
    <TabbedShowLayout tabs={tabs}>
      <Tab label="aic.accompaniment.tabs.overview" {...tabProps('overview')}>
        <Panel tabKey="overview" label={false}>
          <OverviewTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.accompaniment.tabs.roadmap" path="roadmap" {...tabProps('roadmap')}>
        <Panel tabKey="roadmap" label={false}>
          <RoadmapTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.accompaniment.tabs.actions" path="actions" {...tabProps('actions')}>
        <Panel tabKey="actions" label={false}>
          <ActionsTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.accompaniment.tabs.journal" path="journal" {...tabProps('journal')}>
        <Panel tabKey="journal" label={false}>
          <JournalTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.accompaniment.tabs.partners" path="partners" {...tabProps('partners')}>
        <Panel tabKey="partners" label={false}>
          <PartnersTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.accompaniment.tabs.team" path="team" {...tabProps('team')}>
        <Panel tabKey="team" label={false}>
          <TeamTab label={false} />
        </Panel>
      </Tab>
      <Tab label="aic.documents.title" path="documents" {...tabProps('documents')}>
        <Panel tabKey="documents" label={false}>
          <DocumentsTab label={false} />
        </Panel>
      </Tab>
    </TabbedShowLayout>
  </Show>
);
