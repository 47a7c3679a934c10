/** A node of a query plan as the driver returns it (EXPLAIN or PROFILE). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

/** Every operator of a plan, depth first, as "<Operator> <details>" lines. */
export function planOperators(root: PlanNode): string[] {
  const lines: string[] = [];
  const visit = (node: PlanNode) => {
    lines.push(`${node.operatorType.split('@')[0]} ${String(node.arguments.Details ?? '')}`);
    node.children.forEach(visit);
  };
  visit(root);
  return lines;
}
