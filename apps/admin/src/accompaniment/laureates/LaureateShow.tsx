import { Show, TabbedShowLayout, TabbedShowLayoutTabs } from 'react-admin';
import { ActionsTab } from './show/ActionsTab';
import { JournalTab } from './show/JournalTab';
import { LaureateHeader } from './show/LaureateHeader';
import { LaureateShowActions } from './show/LaureateShowActions';
import { OverviewTab } from './show/OverviewTab';
import { PartnersTab } from './show/PartnersTab';
import { RoadmapTab } from './show/RoadmapTab';
import { TeamTab } from './show/TeamTab';

const Tab = TabbedShowLayout.Tab;
const tabs = <TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />;

/** The laureate's 360° page: header, then one tab per facet of the accompaniment (each tab has its URL). */
export const LaureateShow = () => (
  <Show actions={<LaureateShowActions />}>
    <LaureateHeader />
    <TabbedShowLayout tabs={tabs}>
      <Tab label="aic.accompaniment.tabs.overview">
        <OverviewTab label={false} />
      </Tab>
      <Tab label="aic.accompaniment.tabs.roadmap" path="roadmap">
        <RoadmapTab label={false} />
      </Tab>
      <Tab label="aic.accompaniment.tabs.actions" path="actions">
        <ActionsTab label={false} />
      </Tab>
      <Tab label="aic.accompaniment.tabs.journal" path="journal">
        <JournalTab label={false} />
      </Tab>
      <Tab label="aic.accompaniment.tabs.partners" path="partners">
        <PartnersTab label={false} />
      </Tab>
      <Tab label="aic.accompaniment.tabs.team" path="team">
        <TeamTab label={false} />
      </Tab>
    </TabbedShowLayout>
  </Show>
);
