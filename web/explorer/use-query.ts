import { useEffect, useState } from 'react';
import { graphql } from './api';

export interface QueryState<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/**
 * Runs an operation whenever its variables change; an answer that arrives after the variables
 * changed again is dropped, so a slow reply never overwrites a newer one.
 */
export function useQuery<T>(
  query: string,
  variables: Record<string, unknown>,
  skip = false,
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    graphql<T>(query, JSON.parse(key)).then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState({ error: error.message, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [query, key, skip]);
  return state;
}
