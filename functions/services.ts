/**
 * OPEVAL.* functions of direction 1 "Quality of public services" (§22–56). Each wraps one engine
 * indicator function (src/methodology/services.ts): the arguments are read, the engine scores.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import { servicesTotal } from "../src/methodology/directionTotals";
import {
  automationBonus,
  automationCriterion,
  downtimePenalty,
  eVolumeScore,
  extraDocsScore,
  incompleteDocsScore,
  portalScore,
  refusalsScore,
  satisfactionPoints,
  satisfactionScore,
  serviceComplaintsScore,
  timelinessScore,
} from "../src/methodology/services";
import { bodyTypeArg, booleanArg, cellsOf, isBlank, numberArg, optionalNumberArg, single } from "./lib/cells";
import { guard, invalid, notAvailable } from "./lib/function-errors";

/**
 * Points U of one service type's satisfaction rating (annex 6; bands closed at the bottom, I-1).
 * @customfunction SATISFACTION_POINTS
 * @helpurl https://localhost:3000/help/en/SATISFACTION_POINTS.html
 * @param rating Satisfaction rating from public monitoring, 0 to 5.
 * @param type Body type: central or local (орталық, жергілікті, ЦГО, МИО…).
 * @returns Points of the rating's band.
 */
export function SATISFACTION_POINTS(rating: any, type: string): number {
  return guard(() => satisfactionPoints(numberArg("rating", rating), bodyTypeArg(type)));
}

/**
 * P1, level of satisfaction (§32): mean points of the rated service types; blank cells are ignored.
 * @customfunction SATISFACTION_SCORE
 * @helpurl https://localhost:3000/help/en/SATISFACTION_SCORE.html
 * @param ratings Ratings of the body's service types (a range; blanks ignored).
 * @param type Body type: central or local.
 * @param [cohortMean] Mean P1 of monitored bodies of the same type, used when no service was rated (I-2).
 * @returns P1 points.
 */
export function SATISFACTION_SCORE(ratings: any[][], type: string, cohortMean?: any): number {
  return guard(() => {
    const t = bodyTypeArg(type);
    const values = cellsOf(ratings)
      .filter((c) => !isBlank(c))
      .map((c, i) => numberArg(`ratings[${i + 1}]`, c));
    const own = satisfactionScore(values, t);
    if (own !== null) return own;
    const mean = optionalNumberArg("cohortMean", cohortMean);
    if (mean === undefined) throw notAvailable("noMonitoredPeer", { type: t });
    return mean;
  });
}

/**
 * P2, justified complaints on service quality (§34): k − i / b1 × 10 000, clamped at 0.
 * @customfunction SERVICE_COMPLAINTS_SCORE
 * @helpurl https://localhost:3000/help/en/SERVICE_COMPLAINTS_SCORE.html
 * @param complaints Justified complaints on the quality of services (i).
 * @param rendered All services rendered (b1).
 * @param type Body type: central or local.
 * @returns P2 points.
 */
export function SERVICE_COMPLAINTS_SCORE(complaints: any, rendered: any, type: string): number {
  return guard(() =>
    serviceComplaintsScore(
      numberArg("complaints", complaints),
      numberArg("rendered", rendered),
      bodyTypeArg(type),
    ),
  );
}

/**
 * T1, observance of service deadlines (§43): k − a / b × 10 000, clamped at 0.
 * @customfunction TIMELINESS_SCORE
 * @helpurl https://localhost:3000/help/en/TIMELINESS_SCORE.html
 * @param late Services rendered with violated deadlines (a).
 * @param base Services rendered excluding one-working-day types (b, §39).
 * @param type Body type: central or local.
 * @returns T1 points.
 */
export function TIMELINESS_SCORE(late: any, base: any, type: string): number {
  return guard(() => timelinessScore(numberArg("late", late), numberArg("base", base), bodyTypeArg(type)));
}

/**
 * T2, unjustified refusals (§44): k − a / b × 10 000, clamped at 0.
 * @customfunction REFUSALS_SCORE
 * @helpurl https://localhost:3000/help/en/REFUSALS_SCORE.html
 * @param refusals Unjustified refusals (a).
 * @param base Services rendered excluding one-working-day types (b, §39).
 * @param type Body type: central or local.
 * @returns T2 points.
 */
export function REFUSALS_SCORE(refusals: any, base: any, type: string): number {
  return guard(() =>
    refusalsScore(numberArg("refusals", refusals), numberArg("base", base), bodyTypeArg(type)),
  );
}

/**
 * T3, services rendered with an incomplete set of documents (§45).
 * @customfunction INCOMPLETE_DOCS_SCORE
 * @helpurl https://localhost:3000/help/en/INCOMPLETE_DOCS_SCORE.html
 * @param incomplete Services rendered with an incomplete document set (c).
 * @param base Services rendered excluding one-working-day types (b, §39).
 * @param type Body type: central or local.
 * @returns T3 points.
 */
export function INCOMPLETE_DOCS_SCORE(incomplete: any, base: any, type: string): number {
  return guard(() =>
    incompleteDocsScore(numberArg("incomplete", incomplete), numberArg("base", base), bodyTypeArg(type)),
  );
}

/**
 * T4, documents demanded that the service standard does not list (§46).
 * @customfunction EXTRA_DOCS_SCORE
 * @helpurl https://localhost:3000/help/en/EXTRA_DOCS_SCORE.html
 * @param extra Services where documents outside the standard were demanded (e).
 * @param base Services rendered excluding one-working-day types (b, §39).
 * @param type Body type: central or local.
 * @returns T4 points.
 */
export function EXTRA_DOCS_SCORE(extra: any, base: any, type: string): number {
  return guard(() => extraDocsScore(numberArg("extra", extra), numberArg("base", base), bodyTypeArg(type)));
}

/**
 * T, transfer of services to electronic form (§50): c / n × 10.
 * @customfunction PORTAL_SCORE
 * @helpurl https://localhost:3000/help/en/PORTAL_SCORE.html
 * @param portalTypes Service types available through the e-gov portal (c).
 * @param serviceTypes Service types that can be rendered through the portal (n).
 * @returns T points.
 */
export function PORTAL_SCORE(portalTypes: any, serviceTypes: any): number {
  return guard(() =>
    portalScore(numberArg("portalTypes", portalTypes), numberArg("serviceTypes", serviceTypes)),
  );
}

/**
 * V, efficiency of automation (§51–52): d / z × 10.
 * @customfunction E_VOLUME_SCORE
 * @helpurl https://localhost:3000/help/en/E_VOLUME_SCORE.html
 * @param electronic Volume of services rendered electronically (d).
 * @param total Total volume of services rendered (z).
 * @returns V points.
 */
export function E_VOLUME_SCORE(electronic: any, total: any): number {
  return guard(() => eVolumeScore(numberArg("electronic", electronic), numberArg("total", total)));
}

/**
 * B, incentive for automation in the period (§53): 1 per service transferred, at most 5.
 * @customfunction AUTOMATION_BONUS
 * @helpurl https://localhost:3000/help/en/AUTOMATION_BONUS.html
 * @param transferred Services transferred to electronic form in the period (c).
 * @param allElectronic TRUE when all of the body's services are already electronic (B = 5).
 * @returns B points.
 */
export function AUTOMATION_BONUS(transferred: any, allElectronic: any): number {
  return guard(() =>
    automationBonus(numberArg("transferred", transferred), booleanArg("allElectronic", allElectronic)),
  );
}

/**
 * P, penalty for unavailable electronic services (§54–55): 0.2 per hour, at most 5.
 * @customfunction DOWNTIME_PENALTY
 * @helpurl https://localhost:3000/help/en/DOWNTIME_PENALTY.html
 * @param hours Hours the body's electronic services were unavailable (t).
 * @returns P penalty points.
 */
export function DOWNTIME_PENALTY(hours: any): number {
  return guard(() => downtimePenalty(numberArg("hours", hours)));
}

/**
 * K3, automation of public services (§49): T + V + B − P from the raw figures, clamped to 0..25 (I-4).
 * @customfunction AUTOMATION_SCORE
 * @helpurl https://localhost:3000/help/en/AUTOMATION_SCORE.html
 * @param portalTypes Service types available through the e-gov portal.
 * @param serviceTypes Service types that can be rendered through the portal.
 * @param electronic Volume of services rendered electronically.
 * @param total Total volume of services rendered.
 * @param transferred Services transferred to electronic form in the period.
 * @param allElectronic TRUE when all services are already electronic.
 * @param hours Hours electronic services were unavailable.
 * @returns K3 points.
 */
export function AUTOMATION_SCORE(
  portalTypes: any,
  serviceTypes: any,
  electronic: any,
  total: any,
  transferred: any,
  allElectronic: any,
  hours: any,
): number {
  return guard(() =>
    automationCriterion(
      portalScore(numberArg("portalTypes", portalTypes), numberArg("serviceTypes", serviceTypes)),
      eVolumeScore(numberArg("electronic", electronic), numberArg("total", total)),
      automationBonus(numberArg("transferred", transferred), booleanArg("allElectronic", allElectronic)),
      downtimePenalty(numberArg("hours", hours)),
    ),
  );
}

/**
 * Direction total "Quality of public services" (§56): K1 + K2 + K3 (central) or M1 + M2 (local).
 * @customfunction SERVICES_SCORE
 * @helpurl https://localhost:3000/help/en/SERVICES_SCORE.html
 * @param type Body type: central or local.
 * @param p1 P1, level of satisfaction.
 * @param p2 P2, complaints on quality of services.
 * @param t1 T1, observance of deadlines.
 * @param t2 T2, unjustified refusals.
 * @param t3 T3, incomplete document sets.
 * @param t4 T4, documents outside the standard.
 * @param [k3] K3, automation (central bodies only).
 * @returns Direction total before the reliability penalty.
 */
export function SERVICES_SCORE(
  type: string,
  p1: any,
  p2: any,
  t1: any,
  t2: any,
  t3: any,
  t4: any,
  k3?: any,
): number {
  return guard(() => {
    const t = bodyTypeArg(type);
    const criteria = {
      P1: numberArg("p1", p1),
      P2: numberArg("p2", p2),
      T1: numberArg("t1", t1),
      T2: numberArg("t2", t2),
      T3: numberArg("t3", t3),
      T4: numberArg("t4", t4),
    };
    if (t === "central") return servicesTotal(t, { ...criteria, K3: numberArg("k3", k3) });
    if (!isBlank(single(k3))) throw invalid("automationNotAllowed", { field: "k3" });
    return servicesTotal(t, criteria);
  });
}
