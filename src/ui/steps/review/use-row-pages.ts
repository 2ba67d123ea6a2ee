import { useCallback, useEffect, useRef, useState } from 'react';
import type { RowFilter, RowView } from '../../../core/session/types';
import { useClient } from '../../client-context';

const PAGE = 100;

/**
 * Rows come from the worker a page at a time, as the table scrolls; the UI
 * never holds the dataset. Pages are cached per filter.
 */
export function useRowPages(filter: RowFilter) {
  const client = useClient();
  // The total belongs to the filter it was counted for: a new filter shows "loading" until its count arrives.
  const [counted, setCounted] = useState<{ key: string; total: number } | null>(null);
  const [, setTick] = useState(0);
  const cache = useRef(new Map<number, readonly RowView[]>());
  const inFlight = useRef(new Set<number>());
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    cache.current = new Map();
    inFlight.current = new Set();
    let live = true;
    void client.call('rows', { offset: 0, limit: PAGE, filter: JSON.parse(filterKey) as RowFilter }).then((a) => {
      if (!live || !a.value.ok) return;
      cache.current.set(0, a.value.value.rows);
      setCounted({ key: filterKey, total: a.value.value.total });
    });
    return () => {
      live = false;
    };
  }, [client, filterKey]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE); page <= Math.floor(to / PAGE); page++) {
        if (cache.current.has(page) || inFlight.current.has(page)) continue;
        inFlight.current.add(page);
        const requested = cache.current;
        void client.call('rows', { offset: page * PAGE, limit: PAGE, filter: JSON.parse(filterKey) as RowFilter }).then((a) => {
          if (requested !== cache.current || !a.value.ok) return;
          cache.current.set(page, a.value.value.rows);
          inFlight.current.delete(page);
          setTick((n) => n + 1);
        });
      }
    },
    [client, filterKey],
  );

  const row = useCallback((index: number): RowView | undefined => cache.current.get(Math.floor(index / PAGE))?.[index % PAGE], []);

  const total = counted?.key === filterKey ? counted.total : null;
  return { total, row, ensure };
}
