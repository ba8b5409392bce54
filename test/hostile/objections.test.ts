/**
 * Objections' JSON paths (issue 22, item 15): a holiday entry is named by its index from 0, as
 * every JSON path is (`holidays[1]` was printed for the only entry).
 */
import { parseObjectionsDocument } from "../../src/objections/objection-parse";

describe("item 15: holiday paths count from 0", () => {
  test("the only entry, with a bad date, is holidays[0]", () => {
    const parsed = parseObjectionsDocument({
      objections: [],
      holidays: [{ date: "2020-02-30", kind: "holiday" }],
    });
    expect(parsed.problems.map((p) => p.path)).toEqual(["holidays[0].date"]);
  });

  test("the second entry, not an object, is holidays[1]", () => {
    const parsed = parseObjectionsDocument({
      objections: [],
      holidays: [{ date: "2020-03-23", kind: "holiday" }, "2020-03-24"],
    });
    expect(parsed.problems.map((p) => p.path)).toEqual(["holidays[1]"]);
  });
});
