import { toGlobalId } from '../../graphql/ids';

export interface FactRecord {
  id: string;
  key: string;
  statement: string;
  statementZh: string | null;
  value: number | null;
  unit: string | null;
  asOf: string | null;
}

export function toFact(props: Record<string, unknown>): FactRecord {
  const key = String(props.key);
  return {
    id: toGlobalId('Fact', key),
    key,
    statement: String(props.statement),
    statementZh: (props.statementZh as string | undefined) || null,
    value: typeof props.value === 'number' ? props.value : null,
    unit: (props.unit as string | undefined) || null,
    asOf: props.asOf == null ? null : String(props.asOf),
  };
}
