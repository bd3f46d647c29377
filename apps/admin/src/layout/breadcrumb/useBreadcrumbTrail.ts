import {
  useGetOne,
  useGetRecordRepresentation,
  useGetResourceLabel,
  useLocation,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { LAUREATE_BOUND } from '../../common/access/accessRules';
import { type LaureateTab, laureateTabPath } from '../../accompaniment/laureates/laureateTabs';

export interface Crumb {
  label: string;
  to?: string;
}

/** The laureate tab where each kind of record hanging off a laureate shows. */
const TAB_OF: Record<string, LaureateTab> = { actions: 'actions', interactions: 'journal', partnerships: 'partners', objectives: 'roadmap', diagnostics: 'roadmap' };
const PAGES: Record<string, string> = { 'phase-board': 'aic.menu.phaseBoard', funding: 'aic.menu.funding', account: 'aic.account.title', impact: 'aic.impact.menu', 'calendar-feed': 'aic.calendar.title' };

/**
 * Where the current page sits, from the address: home › list › record › action. A record hanging off a laureate
 * goes through its laureate (home › Lauréats › the laureate › the record), so the way back to the laureate stays.
 */
export const useBreadcrumbTrail = (): Crumb[] => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  const getResourceLabel = useGetResourceLabel();
  const [, resource = '', id, action] = useLocation().pathname.split('/');
  const known = resources[resource] != null;
  const recordId = known && id && id !== 'create' ? decodeURIComponent(id) : undefined;
  const { data: record } = useGetOne(resource, { id: recordId ?? '' }, { enabled: recordId != null });
  const laureateId = LAUREATE_BOUND.has(resource) ? record?.laureateId : undefined;
  const { data: laureate } = useGetOne('laureates', { id: laureateId }, { enabled: laureateId != null });
  const represent = useGetRecordRepresentation(resource);

  const home = { label: translate('ra.page.dashboard'), to: '/' };
  if (!known) return PAGES[resource] ? [home, { label: translate(PAGES[resource]) }] : [];
  const trail: Crumb[] = [home];
  if (laureate) {
    trail.push({ label: getResourceLabel('laureates', 2), to: '/laureates' });
    trail.push({ label: String(laureate.name), to: laureateTabPath(laureate.id, TAB_OF[resource] ?? '') });
  } else {
    trail.push({ label: getResourceLabel(resource, 2), to: `/${resource}` });
  }
  if (id === 'create') trail.push({ label: translate('ra.action.create') });
  else if (recordId != null) {
    const editing = action === undefined || action === '';
    const show = resources[resource].hasShow ? `/${resource}/${encodeURIComponent(recordId)}/show` : undefined;
    trail.push({ label: record ? String(represent(record)) : '…', to: editing ? show : undefined });
    if (editing) trail.push({ label: translate('ra.action.edit') });
  }
  const last = trail[trail.length - 1];
  return [...trail.slice(0, -1), { label: last.label }];
};
