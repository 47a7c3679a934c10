import neo4j, { Session, Transaction } from 'neo4j-driver';
import { Database } from '../neo4j/database';

/** Property maps as Neo4j stores them (the driver hands integers over as JS numbers). */
export type Props = Record<string, unknown>;

export interface PaperItem {
  props: Props;
  publisher: string | null;
  evidence: Props[];
}
export interface SectionItem {
  props: Props;
  parent: string | null;
}
export interface ConceptItem {
  labels: string[];
  props: Props;
  evidence: Props[];
}
export interface RelationItem {
  from: string;
  type: string;
  to: string;
  props: Props;
}
export interface FactItem {
  props: Props;
  about: string[];
  evidence: Props[];
}
export interface RawNode {
  labels: string[];
  props: Props;
  /** Names of properties holding floats, which JS numbers cannot tell from integers. */
  floats: string[];
}
export interface RawEdge {
  fromLabels: string[];
  from: string;
  type: string;
  toLabels: string[];
  to: string;
  props: Props;
  floats: string[];
}
export interface PropertyType {
  element: 'node' | 'edge';
  name: string;
  /** Neo4j value types seen for this name, e.g. `STRING NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`. */
  types: string[];
}

/** Records fetched per round trip; the driver pauses fetching while the consumer is behind. */
const FETCH_SIZE = 500;

/**
 * One read transaction for one export, so every part of a file sees the same graph. Each list is
 * an async iterable read record by record from the driver: an export of any size holds only a
 * few hundred records in memory at a time.
 */
export class ExportReader {
  private constructor(
    private readonly db: Database,
    private readonly session: Session,
    private readonly tx: Transaction,
    /** A paper key, or null for every paper. */
    readonly paper: string | null,
  ) {}

  static async open(db: Database, paper: string | null): Promise<ExportReader> {
    const session = db.driver.session({
      database: db.name,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: FETCH_SIZE,
    });
    try {
      // An explicit transaction, not a retried one: a retry would repeat output already sent.
      const tx = await session.beginTransaction();
      return new ExportReader(db, session, tx, paper);
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      if (this.tx.isOpen()) await this.tx.rollback();
    } finally {
      await this.session.close();
    }
  }

  private async *rows<T>(name: string): AsyncGenerator<T> {
    const params = { paper: this.paper };
    const result = this.tx.run(this.db.prepare(name, params), params);
    for await (const record of result) yield record.toObject() as T;
  }

  private async all<T>(name: string): Promise<T[]> {
    const list: T[] = [];
    for await (const row of this.rows<T>(name)) list.push(row);
    return list;
  }

  async graphVersion(): Promise<number> {
    const [row] = await this.all<{ version: number }>('exportGraphVersion');
    return row.version;
  }

  /** Keys of the papers in the export (one, none for an unknown key, or all). */
  async paperKeys(): Promise<string[]> {
    return (await this.all<{ key: string }>('exportPaperKeys')).map((row) => row.key);
  }

  /** Every property name of the exported kinds of element, for formats with declared columns. */
  propertyTypes(): Promise<PropertyType[]> {
    return this.all<PropertyType>('exportPropertyTypes');
  }

  papers = () => this.rows<PaperItem>('exportPapers');
  sections = () => this.rows<SectionItem>('exportSections');
  concepts = () => this.rows<ConceptItem>('exportConcepts');
  relations = () => this.rows<RelationItem>('exportRelations');
  facts = () => this.rows<FactItem>('exportFacts');
  rawNodes = () => this.rows<RawNode>('exportRawNodes');
  rawEdges = () => this.rows<RawEdge>('exportRawEdges');
}
