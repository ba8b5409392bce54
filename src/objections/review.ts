/**
 * The procedure's dates and outcome for each objection: the 5-working-day deadline from the day
 * the conclusion was received (§102; day of receipt not counted, see src/calendar/calendar.ts), late
 * objections not accepted (§104), the commission's 15 calendar days (§107) from the day the
 * objection arrived.
 */
import {
  CalendarError,
  calendarNotes,
  commissionDeadline,
  objectionDeadline,
  type HolidayOverrides,
} from "../calendar/calendar";
import { parseIsoDate } from "../calendar/date";
import type { AssessmentResult } from "../methodology/assess";
import type { Problem } from "../model/problems";
import type { Lang } from "../model/types";
import type { Objection, ObjectionReview } from "./objection-types";

export interface ReviewOutput {
  reviews: ObjectionReview[];
  problems: Problem[];
}

function problem(
  o: Objection,
  severity: Problem["severity"],
  code: Problem["code"],
  params: Problem["params"],
  key = "",
): Problem {
  const p: Problem = {
    severity,
    code,
    bodyId: o.bodyId,
    path: key ? `${o.source}.${key}` : o.source,
    params,
  };
  const cell = o.cells?.[key || "no"];
  if (cell) {
    p.cell = cell;
    p.path = o.source;
  }
  return p;
}

/**
 * Reviews every objection against the original results: unknown bodies and directions without a
 * conclusion are errors; late, undated and undecided objections are warnings. `lang` is the
 * language of calendar caveats attached as warnings.
 */
export function reviewObjections(
  objections: readonly Objection[],
  result: AssessmentResult,
  overrides?: HolidayOverrides,
  lang: Lang = "en",
): ReviewOutput {
  const problems: Problem[] = [];
  const reviews: ObjectionReview[] = [];
  const noted = new Set<string>();
  for (const o of objections) {
    const body = result.bodies.find((b) => b.id === o.bodyId);
    if (!body) {
      problems.push(problem(o, "error", "unknownBody", { id: o.bodyId }, "body"));
      continue;
    }
    const d = body[o.direction];
    if (d === null || d === "na") {
      problems.push(problem(o, "error", "directionNotAssessed", { direction: o.direction }, "direction"));
      continue;
    }
    const review: ObjectionReview = { objection: o, outcome: "pending" };
    if (o.conclusionReceived) {
      try {
        review.deadline = objectionDeadline(o.conclusionReceived, overrides);
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
        problems.push(
          problem(o, "error", "noWorkingDay", { date: o.conclusionReceived }, "conclusionReceived"),
        );
        continue;
      }
      for (const n of calendarNotes(o.conclusionReceived, review.deadline)) {
        const key = `${n.from}:${n.note.en}`;
        if (noted.has(key)) continue;
        noted.add(key);
        problems.push(problem(o, "warning", "calendarNote", { note: n.note[lang] }, "conclusionReceived"));
      }
    }
    if (o.submitted) review.commissionDeadline = commissionDeadline(o.submitted);
    if (o.conclusionReceived && o.submitted && review.deadline) {
      if (parseIsoDate(o.submitted)! < parseIsoDate(o.conclusionReceived)!) {
        problems.push(
          problem(
            o,
            "error",
            "submittedBeforeReceipt",
            { no: o.no, submitted: o.submitted, received: o.conclusionReceived },
            "submitted",
          ),
        );
        continue;
      }
      review.late = parseIsoDate(o.submitted)! > parseIsoDate(review.deadline)!;
    } else {
      problems.push(problem(o, "warning", "objectionDatesMissing", { no: o.no }));
    }
    if (review.late) {
      review.outcome = "late";
      problems.push(
        problem(
          o,
          "warning",
          "objectionLate",
          { no: o.no, submitted: o.submitted!, deadline: review.deadline!, received: o.conclusionReceived! },
          "submitted",
        ),
      );
    } else if (o.decision) review.outcome = o.decision;
    else
      problems.push(
        problem(
          o,
          "warning",
          "objectionPending",
          { no: o.no, deadline: review.commissionDeadline ?? "—" },
          "decision",
        ),
      );
    if (o.decision && o.decisionDate && review.commissionDeadline) {
      review.decisionLate = parseIsoDate(o.decisionDate)! > parseIsoDate(review.commissionDeadline)!;
      if (review.decisionLate)
        problems.push(
          problem(
            o,
            "warning",
            "decisionAfterDeadline",
            { no: o.no, decided: o.decisionDate, deadline: review.commissionDeadline },
            "decisionDate",
          ),
        );
    }
    reviews.push(review);
  }
  return { reviews, problems };
}
