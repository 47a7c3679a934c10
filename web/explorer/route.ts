import { useEffect, useState } from 'react';

/** Every view of the explorer, each with its own address under /explorer. */
export type Route =
  | { view: 'outline' }
  | { view: 'concept'; key: string }
  | { view: 'section'; number: string }
  | { view: 'path'; from?: string; to?: string }
  | { view: 'graph' }
  // An address under /explorer that names no view (a mistyped or outdated link).
  | { view: 'missing' };

const BASE = '/explorer';

export function parseRoute(pathname: string): Route {
  const parts = pathname
    .slice(BASE.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [view, first, second] = parts;
  if (view === 'concept' && first) return { view: 'concept', key: first };
  if (view === 'section' && first) return { view: 'section', number: first };
  if (view === 'path') return { view: 'path', from: first, to: second };
  if (view === 'graph') return { view: 'graph' };
  return parts.length ? { view: 'missing' } : { view: 'outline' };
}

export function routeHref(route: Route): string {
  const segments = (() => {
    switch (route.view) {
      case 'outline':
      case 'missing':
        return [];
      case 'concept':
        return ['concept', route.key];
      case 'section':
        return ['section', route.number];
      case 'path':
        return ['path', route.from, route.to].filter((s): s is string => Boolean(s));
      case 'graph':
        return ['graph'];
    }
  })();
  return [BASE, ...segments.map(encodeURIComponent)].join('/');
}

const listeners = new Set<() => void>();

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (href !== location.pathname) history.pushState(null, '', href);
  listeners.forEach((listener) => listener());
}

/** The current route, following pushState navigation and the browser's back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
