/**
 * The pane's parts that load on first use (webpack chunks beside taskpane.js, fetched from the
 * address taskpane.js came from). A part that does not arrive — the connection dropped, a proxy
 * refused it, the server lacks the file — becomes PartNotLoaded, which the pane words in its
 * language (plainError) instead of webpack's "Loading chunk … failed". Nothing was changed by then;
 * webpack fetches the chunk again on the next try.
 */
export class PartNotLoaded extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`part "${part}" of the add-in did not load: ${detail}`);
    this.name = "PartNotLoaded";
  }
}

/** Loads a part; any failure to fetch or run its chunk is PartNotLoaded naming the part. */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw new PartNotLoaded(part, e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e));
  }
}
