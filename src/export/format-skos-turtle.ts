import { once } from 'node:events';
import { DataFactory, StreamWriter } from 'n3';
import { ExportFormat } from './export.format';
import { ExportReader } from './export.reader';
import { Sink } from './export.sink';
import { NS, skosResources, Term } from './skos.resources';

const { namedNode, literal, quad } = DataFactory;

const objectOf = (term: Term) =>
  'iri' in term
    ? namedNode(term.iri)
    : literal(term.value, term.lang ?? (term.datatype ? namedNode(term.datatype) : undefined));

/**
 * n3's StreamWriter serializes; its output is read as it comes and handed to the sink, and quads
 * are fed only while the writer accepts them, so backpressure reaches the database reads.
 */
async function write(reader: ExportReader, sink: Sink): Promise<void> {
  const prefixes = Object.fromEntries(Object.entries(NS).filter(([prefix]) => prefix !== 'kg'));
  const writer = new StreamWriter({ prefixes });
  const pump = (async () => {
    for await (const chunk of writer) await sink.write(String(chunk));
  })();
  pump.catch((error: Error) => writer.destroy(error));
  try {
    for await (const resource of skosResources(reader)) {
      const subject = namedNode(resource.id);
      const quads = resource.type
        ? [quad(subject, namedNode(`${NS.rdf}type`), namedNode(resource.type))]
        : [];
      for (const [predicate, term] of resource.props) {
        quads.push(quad(subject, namedNode(predicate), objectOf(term)));
      }
      for (const q of quads) {
        if (!writer.write(q)) await once(writer, 'drain');
      }
    }
    writer.end();
  } catch (error) {
    writer.destroy(error as Error);
    throw error;
  }
  await pump;
}

export const skosTurtleFormat: ExportFormat = {
  name: 'skos-turtle',
  extension: 'skos.ttl',
  contentType: 'text/turtle; charset=utf-8',
  write,
};
