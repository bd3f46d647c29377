import { createElement, isValidElement, type ReactNode } from 'react';
import {
  RecordContextProvider,
  useCanAccess,
  useGetOne,
  useGetRecordRepresentation,
  useGetResourceLabel,
  useLocation,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { LAUREATE_BOUND } from '../../common/access/accessRules';
import { type LaureateTab, laureateTabPath } from '../../accompaniment/laureates/laureateTabs';
import { SELECTION_PAGES } from '../../selection/common/selectionPaths';

export interface Crumb {
  /** Text, or the record's representation when it is an element (a grant: its laureate and purpose). */
  label: ReactNode;
  to?: string;
}

/** The laureate tab where each kind of record hanging off a laureate shows. */
const TAB_OF: Record<string, LaureateTab> = { actions: 'actions', interactions: 'journal', partnerships: 'partners', objectives: 'roadmap', diagnostics: 'roadmap' };
const PAGES: Record<string, string> = { 'phase-board': 'aic.menu.phaseBoard', funding: 'aic.menu.funding', account: 'aic.account.title', impact: 'aic.impact.menu', 'calendar-feed': 'aic.calendar.title' };
/** Pages of one record beyond show and edit (`/committees/:id/run`…), named in the trail after the record. */
const RECORD_PAGES = new Map([
  ['run', 'aic.nav.recordPages.run'],
  ['briefing', 'aic.nav.recordPages.briefing'],
]);
Object.assign(PAGES, SELECTION_PAGES);

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
  // A record some may open without its list (a manager, the application their laureate was selected from): no link to
  // a list they may not see. react-admin's hook throws without a resource: on a page of none, one whose answer is unused.
  const { canAccess: canList } = useCanAccess({ resource: known ? resource : 'laureates', action: 'list' });

  const home = { label: translate('ra.page.dashboard'), to: '/' };
  if (!known) return PAGES[resource] ? [home, { label: translate(PAGES[resource]) }] : [];
  const trail: Crumb[] = [home];
  if (laureate) {
    trail.push({ label: getResourceLabel('laureates', 2), to: '/laureates' });
    trail.push({ label: String(laureate.name), to: laureateTabPath(laureate.id, TAB_OF[resource] ?? '') });
  } else {
    trail.push({ label: getResourceLabel(resource, 2), to: canList ? `/${resource}` : undefined });
  }
  if (id === 'create') trail.push({ label: translate('ra.action.create') });
  else if (recordId != null) {
    const editing = action === undefined || action === '';
    const subPage = action ? RECORD_PAGES.get(action) : undefined;
    const show = resources[resource].hasShow ? `/${resource}/${encodeURIComponent(recordId)}/show` : undefined;
    const label = record ? represent(record) : '…';
    // An element representation (GrantLabel) reads the record from its context, which the header is outside of.
    const named = isValidElement(label) ? createElement(RecordContextProvider, { value: record, children: label }) : label;
    trail.push({ label: named, to: editing || subPage ? show : undefined });
    if (editing) trail.push({ label: translate('ra.action.edit') });
    if (subPage) trail.push({ label: translate(subPage) });
  }
  const last = trail[trail.length - 1];
  return [...trail.slice(0, -1), { label: last.label }];
};
