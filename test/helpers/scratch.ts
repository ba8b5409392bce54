/** A temporary folder for one test file: made before its tests, removed after them. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Scratch {
  /** The folder (valid once the file's beforeAll hooks have run). */
  readonly dir: string;
  /** Writes a file in the folder (a string as UTF-8, anything else not a Buffer as JSON) and returns its path. */
  save(name: string, content: unknown): string;
}

/** Call at the top level of a test file: registers the beforeAll/afterAll that make and remove the folder. */
export function scratchFolder(prefix: string): Scratch {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `opeval-${prefix}-`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    save(name, content) {
      const file = join(dir, name);
      writeFileSync(
        file,
        Buffer.isBuffer(content) || typeof content === "string" ? content : JSON.stringify(content),
      );
      return file;
    },
  };
}
