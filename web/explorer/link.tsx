import { MouseEvent, ReactNode } from 'react';
import { navigate, Route, routeHref } from './route';

/** A real link (it opens in a new tab too) that navigates inside the page on a plain click. */
export function Link(props: {
  to: Route;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={routeHref(props.to)} onClick={onClick} className={props.className} title={props.title}>
      {props.children}
    </a>
  );
}
