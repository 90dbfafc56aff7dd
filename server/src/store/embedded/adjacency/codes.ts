/**
 * Small integer codes for node kinds and relationship types, so the adjacency can hold them in
 * byte arrays. Codes are assigned per process (the adjacency is rebuilt on every start), starting
 * with the schema's names in order and growing for any name the file holds that the schema does
 * not (data written under an extended schema). Code 0 is reserved for "no node".
 */
export class Codes<Name extends string> {
  private readonly byName = new Map<string, number>();
  private readonly names: Name[] = [];

  constructor(known: readonly Name[]) {
    for (const name of known) this.code(name);
  }

  /** The code of a name, assigning the next one when it is new. */
  code(name: Name): number {
    let code = this.byName.get(name);
    if (code === undefined) {
      code = this.names.length + 1;
      if (code > 255) throw new Error(`more than 255 distinct names (at ${name})`);
      this.byName.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  name(code: number): Name {
    const name = this.names[code - 1];
    if (name === undefined) throw new Error(`unknown code ${code}`);
    return name;
  }
}
