import { Box } from '@mui/material';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useTranslate } from 'react-admin';
import { MIN_QUERY_LENGTH, type SearchHit } from './searchKinds';
import { optionId, SearchResults } from './SearchResults';
import { useGlobalSearch } from './useGlobalSearch';
import { useSearchShortcut } from './useSearchShortcut';

const LISTBOX = 'global-search-results';

/** The header's search over laureates, contacts, organisations and actions (ARIA combobox with a grouped listbox). */
export const GlobalSearch = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { groups, loading } = useGlobalSearch(query);
  const hits = groups.flatMap((group) => group.hits);
  useSearchShortcut(input);
  useEffect(() => setActive(-1), [groups]);

  const expanded = open && query.trim().length >= MIN_QUERY_LENGTH;
  const go = (hit: SearchHit) => {
    setOpen(false);
    setQuery('');
    navigate(`/${hit.resource}/${hit.id}/show`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i < 0 && step < 0 ? hits.length - 1 : (i + step + hits.length) % hits.length));
    } else if (event.key === 'Enter' && expanded && hits[active]) {
      event.preventDefault();
      go(hits[active]);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <Box role="search" sx={{ position: 'relative', width: { xs: '100%', md: '20rem' } }}>
      <label className="fr-sr-only" htmlFor="global-search">
        {translate('aic.nav.search.label')}
      </label>
      <input
        ref={input}
        id="global-search"
        className="fr-input fr-mt-0"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={expanded && hits.length > 0 ? LISTBOX : undefined}
        aria-activedescendant={expanded && hits[active] ? optionId(hits[active]) : undefined}
        aria-keyshortcuts="/ Control+K"
        aria-describedby="global-search-hint"
        placeholder={translate('aic.nav.search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id="global-search-hint" className="fr-sr-only">
        {translate('aic.nav.search.hint')}
      </span>
      {expanded && <SearchResults id={LISTBOX} groups={groups} loading={loading} activeKey={hits[active]?.key} onPick={go} />}
      <div role="status" className="fr-sr-only">
        {expanded && !loading ? translate('aic.nav.search.count', { smart_count: hits.length }) : ''}
      </div>
    </Box>
  );
};
