/** fast-check generators of valid assessments (every numerator within its denominator). */
import fc from "fast-check";
import { KEYS } from "./fixtures";

type Json = Record<string, unknown>;

const fulfilment = fc.oneof(
  fc.constant(1),
  fc.constant(0),
  fc.constant("na"),
  fc.boolean(),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const table = (keys: readonly string[], extra?: fc.Arbitrary<unknown>) =>
  fc.record(
    Object.fromEntries(
      keys.map((k) => [k, k === "2" && extra ? fc.oneof(fulfilment, extra) : fulfilment]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  );
const share = fc
  .nat({ max: 500 })
  .chain((received) => fc.record({ answered: fc.nat({ max: received }), received: fc.constant(received) }));
const breach = fc.oneof(fc.boolean(), fc.nat({ max: 3 }));
const subordinate = fc.record(
  Object.fromEntries(KEYS.subordinate.map((k) => [k, breach])) as Record<string, fc.Arbitrary<unknown>>,
);

export function opennessArb(type: "central" | "local"): fc.Arbitrary<Json> {
  const budget = type === "central" ? KEYS.openBudgetCentral : KEYS.openBudgetLocal;
  const npa = type === "central" ? KEYS.openNpaCentral : KEYS.openNpaLocal;
  return fc.record({
    openData: fc.record({
      kk: table(KEYS.openData),
      ru: table(KEYS.openData),
      requestsReceived: fc.nat({ max: 5 }),
    }),
    openBudget: fc.record({
      kk: table(budget),
      ru: table(budget),
      auditInPeriod: fc.boolean(),
      classified: fc.constant(false),
    }),
    openNpa: fc.record({ kk: table(npa), ru: table(npa) }),
    openDialogue: fc.record({ kk: table(KEYS.openDialogue, share), ru: table(KEYS.openDialogue, share) }),
    subordinate: fc.record({ kk: subordinate, ru: subordinate }),
  });
}

/** A count and parts of it: `[total, ...parts]` with every part ≤ total. */
const upTo = (max: number) => fc.nat({ max });

export const servicesArb = (type: "central" | "local"): fc.Arbitrary<Json> =>
  fc
    .record({
      rendered: fc.nat({ max: 2_000_000 }),
      ratings: fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 0, maxLength: 6 }), // [] → P1 fallback (I-2)
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .chain(({ rendered, ratings, share }) => {
      const base = Math.floor(rendered * share);
      const auto =
        type === "central"
          ? fc.nat({ max: 100 }).chain((serviceTypes) =>
              fc.record({
                portalServiceTypes: upTo(serviceTypes),
                serviceTypes: fc.constant(serviceTypes),
                electronicVolume: upTo(rendered),
                totalVolume: fc.constant(rendered),
                transferredInPeriod: fc.nat({ max: 10 }),
                allElectronic: fc.boolean(),
                downtimeHours: fc.double({ min: 0, max: 40, noNaN: true }),
              }),
            )
          : fc.constant(undefined);
      return fc
        .record({
          complaints: upTo(Math.min(rendered, 2000)),
          late: upTo(Math.min(base, 3000)),
          refusals: upTo(Math.min(base, 500)),
          incompleteDocs: upTo(Math.min(base, 500)),
          extraDocs: upTo(Math.min(base, 500)),
          automation: auto,
        })
        .map((parts) => {
          const s: Json = { ratings, rendered, renderedExcludingOneDay: base, ...parts };
          if (s.automation === undefined) delete s.automation;
          return s;
        });
    });

export const complaintsArb: fc.Arbitrary<Json> = fc.nat({ max: 50_000 }).chain((reviewed) =>
  upTo(Math.min(reviewed, 2000)).chain((late) =>
    upTo(late).chain((impossible) =>
      fc.record({
        reviewed: fc.constant(reviewed),
        late: fc.constant(late),
        courtUpheld: upTo(Math.min(reviewed, 50)),
        challengedInCourt: fc.boolean(),
        repeatUpheld: upTo(Math.min(reviewed, 2000)),
        disciplined: upTo(late - impossible),
        disciplineImpossible: fc.constant(impossible),
      }),
    ),
  ),
);

const facts = fc.oneof(
  fc.nat({ max: 30 }),
  fc.array(fc.record({ text: fc.string({ minLength: 1 }).filter((s) => s.trim() !== "") }), { maxLength: 3 }),
);

export const bodyArb = (id: string): fc.Arbitrary<Json> =>
  fc.constantFrom("central" as const, "local" as const).chain((type) =>
    fc.record({
      id: fc.constant(id),
      name: fc.string({ minLength: 1, maxLength: 20 }).map((s) => (s.trim() ? s : `Body ${id}`)),
      type: fc.constant(type),
      services: fc.oneof(
        { weight: 6, arbitrary: servicesArb(type) },
        { weight: 1, arbitrary: fc.constant("na") },
      ),
      openness: opennessArb(type),
      complaints: complaintsArb,
      unreliable: fc.record({ services: facts, openness: facts, complaints: facts }),
    }),
  );

export const assessmentArb: fc.Arbitrary<Json> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => bodyArb(`b${i}`))))
  .map((bodies) => ({ period: "2019", bodies }));
