import { ExportFormat } from './export.format';
import { csvNodesFormat, csvRelationshipsFormat } from './format-csv';
import { cypherFormat } from './format-cypher';
import { graphmlFormat } from './format-graphml';
import { jsonFormat } from './format-json';
import { skosJsonLdFormat } from './format-skos-jsonld';
import { skosTurtleFormat } from './format-skos-turtle';

/** Every export format, in the order the README lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  jsonFormat,
  graphmlFormat,
  skosJsonLdFormat,
  skosTurtleFormat,
  cypherFormat,
  csvNodesFormat,
  csvRelationshipsFormat,
];

export const formatNamed = (name: string) => EXPORT_FORMATS.find((f) => f.name === name);

/** `caict-blockchain-2020.nodes.csv` → the CSV nodes format and `caict-blockchain-2020`. */
export function formatOfFile(file: string): { format: ExportFormat; paper: string } | undefined {
  for (const format of EXPORT_FORMATS) {
    const suffix = `.${format.extension}`;
    if (file.endsWith(suffix) && file.length > suffix.length) {
      return { format, paper: file.slice(0, -suffix.length) };
    }
  }
  return undefined;
}
