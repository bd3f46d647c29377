import { Paper } from '@mui/material';
import { useGetResourceLabel, useTranslate } from 'react-admin';
import type { SearchGroups, SearchHit } from './searchKinds';

export const optionId = (hit: SearchHit) => `global-search-${hit.key}`;

/** The popup of the search combobox (shown while it is expanded): one labelled group per kind, options chosen by keyboard (the field keeps focus) or mouse. */
export const SearchResults = (props: {
  id: string;
  groups: SearchGroups;
  loading: boolean;
  activeKey?: string;
  onPick: (hit: SearchHit) => void;
}) => {
  const { id, groups, loading, activeKey, onPick } = props;
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  return (
    <Paper elevation={8} sx={{ position: 'absolute', top: '100%', left: 0, right: 0, zIndex: 1300, mt: 0.5, maxHeight: '70vh', overflowY: 'auto' }}>
      {groups.length === 0 && (
        <p className="fr-text--sm fr-m-0 fr-p-1w">{translate(loading ? 'aic.nav.search.searching' : 'aic.nav.search.none')}</p>
      )}
      {groups.length > 0 && (
        <div id={id} role="listbox" aria-label={translate('aic.nav.search.results')}>
          {groups.map((group) => (
            <div key={group.resource} role="group" aria-labelledby={`${id}-${group.resource}`}>
              <div id={`${id}-${group.resource}`} role="presentation" className="fr-text--xs fr-text--bold fr-m-0 fr-px-1w fr-pt-1w">
                {getResourceLabel(group.resource, 2)}
              </div>
              {group.hits.map((hit) => (
                <div
                  key={hit.key}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={hit.key === activeKey}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onPick(hit)}
                  className="fr-text--sm fr-m-0 fr-px-1w fr-py-1v"
                  style={{
                    cursor: 'pointer',
                    background: hit.key === activeKey ? 'var(--background-action-low-blue-france)' : undefined,
                    outline: hit.key === activeKey ? '2px solid var(--border-active-blue-france)' : undefined,
                    outlineOffset: -2,
                  }}
                >
                  {hit.label}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </Paper>
  );
};
