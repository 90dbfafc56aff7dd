/**
 * Templates: text with `{column}` placeholders. `{{` and `}}` stand for literal braces.
 */

export type TemplatePart = { text: string } | { column: string };

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; message: string };

export function parseTemplate(source: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let text = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '{') {
      if (source[i + 1] === '{') {
        text += '{';
        i++;
        continue;
      }
      const end = source.indexOf('}', i + 1);
      if (end < 0) return { ok: false, message: `unclosed "{" at position ${i + 1}` };
      const column = source.slice(i + 1, end).trim();
      if (column === '')
        return { ok: false, message: `empty placeholder "{}" at position ${i + 1}` };
      if (column.includes('{'))
        return { ok: false, message: `"{" inside a placeholder at position ${i + 1}` };
      if (text) parts.push({ text });
      text = '';
      parts.push({ column });
      i = end;
    } else if (ch === '}') {
      if (source[i + 1] !== '}')
        return {
          ok: false,
          message: `unmatched "}" at position ${i + 1} (write "}}" for a brace)`,
        };
      text += '}';
      i++;
    } else {
      text += ch;
    }
  }
  if (text) parts.push({ text });
  if (!parts.some((p) => 'column' in p))
    return {
      ok: false,
      message: 'a template needs at least one {column} placeholder (use const for fixed text)',
    };
  return { ok: true, parts };
}

/** The columns a template reads, in order, without repeats. */
export function templateColumns(parts: TemplatePart[]): string[] {
  return [...new Set(parts.flatMap((p) => ('column' in p ? [p.column] : [])))];
}
