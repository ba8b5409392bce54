/**
 * A direction named in a problem message is a word of the message's language («ашықтық»,
 * «автоматизация»), never the English id in a Kazakh or Russian line. Expectations by hand.
 */
import { movedItemLabel } from "../../src/history/history-render";
import { formatProblem, type Problem } from "../../src/model/problems";

describe("a direction in a message is named in the message's language (its id in English)", () => {
  test.each([
    [
      "openness",
      "en",
      'error: body "mju", bodies[0].received.openness: a conclusion on openness is received, but the direction does not apply to this body',
    ],
    [
      "openness",
      "kk",
      'қате: орган "mju", bodies[0].received.openness: «ашықтық» бойынша қорытынды алынды, бірақ бұл бағыт органға қолданылмайды',
    ],
    [
      "automation",
      "ru",
      'ошибка: орган "mju", bodies[0].received.automation: получено заключение по направлению «автоматизация», но направление к органу не применяется',
    ],
    [
      "complaints",
      "ru",
      'ошибка: орган "mju", bodies[0].received.complaints: получено заключение по направлению «жалобы», но направление к органу не применяется',
    ],
  ] as const)("%s in %s", (direction, lang, line) => {
    const problem: Problem = {
      severity: "error",
      code: "receivedNotApplicable",
      bodyId: "mju",
      path: `bodies[0].received.${direction}`,
      params: { direction },
    };
    expect(formatProblem(problem, lang)).toBe(line);
  });
});

test("a moved indicator of the history comparison reads «ашықтық · P1» in kk, «открытость · P1» in ru", () => {
  expect(movedItemLabel("openness.P1", "kk")).toBe("ашықтық · P1");
  expect(movedItemLabel("complaints.R4", "ru")).toBe("жалобы · R4");
  expect(movedItemLabel("services.T1", "ru")).toBe("услуги · T1");
  expect(movedItemLabel("openness.P1", "en")).toBe("openness.P1");
  expect(movedItemLabel("overall.score", "ru")).toBe("overall.score");
});
