import { GraphiQL, GraphiQLProps } from 'graphiql';
import { parse } from 'graphql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.css';

/** The operations of examples/, put in by the build. */
declare const EXAMPLE_TABS: { query: string; variables?: string }[];

/**
 * GraphiQL 4 keeps the operation name of the tab it ran before after a tab switch; an operation
 * name the document does not define is dropped, so each tab runs its own operation.
 */
function definedOperationName(query: string, operationName?: string | null): string | undefined {
  if (!operationName) return undefined;
  try {
    const names = parse(query).definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    return names.includes(operationName) ? operationName : undefined;
  } catch {
    return operationName;
  }
}

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options?.headers },
    body: JSON.stringify({
      ...params,
      operationName: definedOperationName(params.query, params.operationName),
    }),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={EXAMPLE_TABS}
    // GraphiQL fills the first tab's variables editor from this prop rather than from its tab.
    variables={EXAMPLE_TABS[0]?.variables}
    defaultEditorToolsVisibility="variables"
  />,
);
