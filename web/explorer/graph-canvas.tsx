import cytoscape, { Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import { KIND_NAMES, named, RELATION_NAMES, t, useLang } from './i18n';
import { KIND_COLOURS } from './kinds';
import { Link } from './link';

cytoscape.use(fcose);

export interface GraphNode {
  key: string;
  kind: string;
  label: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      width: 16,
      height: 16,
      'font-size': 10,
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      // Names appear once zoomed in far enough to read them; the overview shows dots.
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'node.centre',
    style: {
      width: 26,
      height: 26,
      'border-width': 3,
      'border-color': '#1a1a1a',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#9a9a9a',
      'target-arrow-color': '#9a9a9a',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#555555',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'min-zoomed-font-size': 8,
    },
  },
];

/** For the whole graph: names and relation labels appear only once zoomed in. */
const DENSE_STYLE: cytoscape.StylesheetJson = [
  ...STYLE,
  { selector: 'node', style: { 'font-size': 6 } },
  { selector: 'edge', style: { 'font-size': 5 } },
];

/**
 * A force-directed drawing (cytoscape.js with the fCoSE layout, which keeps a hundred nodes
 * apart and readable) plus the same graph as a list of links for keyboards and screen readers.
 */
export function GraphCanvas(props: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  centre?: string[];
  label: string;
  onOpen: (key: string) => void;
  dense?: boolean;
}) {
  const lang = useLang();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const onOpen = useRef(props.onOpen);
  onOpen.current = props.onOpen;

  useEffect(() => {
    const keys = new Set(props.nodes.map((n) => n.key));
    const centre = new Set(props.centre ?? []);
    const instance = cytoscape({
      container: container.current,
      style: props.dense ? DENSE_STYLE : STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      elements: [
        ...props.nodes.map((n) => ({
          data: { id: n.key, label: n.label, kind: n.kind, colour: KIND_COLOURS[n.kind] ?? '#444' },
          classes: centre.has(n.key) ? 'centre' : '',
        })),
        ...props.edges
          .filter((e) => keys.has(e.from) && keys.has(e.to))
          .map((e) => ({
            data: {
              id: `${e.from}|${e.type}|${e.to}`,
              source: e.from,
              target: e.to,
              label: named(RELATION_NAMES, lang, e.type).toLowerCase(),
            },
          })),
      ],
      layout: {
        name: 'fcose',
        animate: false,
        nodeRepulsion: () => 30000,
        idealEdgeLength: () => 130,
        nodeSeparation: 120,
        padding: 20,
      } as cytoscape.LayoutOptions,
    });
    // A small graph fitted to the frame would be blown up; keep it at a readable size instead.
    if (instance.zoom() > 1.3) {
      instance.zoom(1.3);
      instance.center();
    }
    instance.on('tap', 'node', (event) => onOpen.current(event.target.id()));
    instance.on('mouseover', 'node', () => container.current?.classList.add('pointing'));
    instance.on('mouseout', 'node', () => container.current?.classList.remove('pointing'));
    cy.current = instance;
    setDrawn({ nodes: instance.nodes().length, edges: instance.edges().length });
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [props.nodes, props.edges, props.centre, props.dense, lang]);

  const zoom = (factor: number) => {
    const instance = cy.current;
    if (!instance) return;
    instance.zoom({
      level: instance.zoom() * factor,
      renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 },
    });
  };
  const names = new Map(props.nodes.map((n) => [n.key, n.label]));

  return (
    <div className="graph">
      <div className="graph-tools">
        <button type="button" onClick={() => zoom(1.25)} aria-label={t(lang, 'zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t(lang, 'zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => cy.current?.fit(undefined, 20)}>
          {t(lang, 'fit')}
        </button>
      </div>
      <div
        ref={container}
        className={props.dense ? 'graph-canvas dense' : 'graph-canvas'}
        role="img"
        aria-label={props.label}
        data-nodes={drawn.nodes}
        data-edges={drawn.edges}
      />
      <details className="graph-list">
        <summary>{t(lang, 'graphAsList')}</summary>
        <h4>{t(lang, 'nodes')}</h4>
        <ul>
          {props.nodes.map((n) => (
            <li key={n.key} data-key={n.key}>
              <Link to={{ view: 'concept', key: n.key }}>{n.label}</Link> (
              {named(KIND_NAMES, lang, n.kind)})
            </li>
          ))}
        </ul>
        <h4>{t(lang, 'edges')}</h4>
        <ul>
          {props.edges.map((e) => (
            <li key={`${e.from}|${e.type}|${e.to}`} data-edge={`${e.from}|${e.type}|${e.to}`}>
              {names.get(e.from) ?? e.from} — {named(RELATION_NAMES, lang, e.type).toLowerCase()} →{' '}
              {names.get(e.to) ?? e.to}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
