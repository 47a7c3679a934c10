/**
 * The text of a statement as it is sent: comments dropped, each line trimmed, blank lines gone.
 * Named queries are written to be read, and half of some is comment and indentation; every byte
 * goes to Neo4j with every request, and the driver writes a message in 1,400-byte pieces, one
 * socket write each. Line breaks stay, so Neo4j's error positions still point at a line.
 * Strings ('…', "…") and quoted names (`…`) are kept byte for byte.
 */
export function compactCypher(text: string): string {
  const lines: string[] = [];
  let line = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      line += char;
      if (char === '\\' && quote !== '`') line += text[++i] ?? '';
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      line += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('Unclosed /* comment in a Cypher statement');
      i = end + 1;
      line += ' ';
    } else if (char === '\n') {
      lines.push(line);
      line = '';
    } else {
      line += char;
    }
  }
  if (quote) throw new Error(`Unclosed ${quote} in a Cypher statement`);
  lines.push(line);
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
