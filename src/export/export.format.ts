import { ExportReader } from './export.reader';
import { Sink } from './export.sink';

/** One file format: how `npm run export -- --format <name>` and `GET /export/<paper>.<extension>` write it. */
export interface ExportFormat {
  name: string;
  extension: string;
  contentType: string;
  write(reader: ExportReader, sink: Sink): Promise<void>;
}
