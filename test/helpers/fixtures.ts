/** Valid input bodies to start tests from; each test changes only what it is about. */

type Json = Record<string, unknown>;

const full = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 1]));

export const KEYS = {
  openData: ["1", "2", "3", "4", "5"],
  openBudgetCentral: [
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "11.1",
    "11.2",
    "11.3",
  ],
  openBudgetLocal: ["1", "2", "3", "4", "5", "6", "7.1", "7.2", "7.3"],
  openNpaCentral: ["1", "2", "3", "4", "5.1", "5.2", "5.3"],
  openNpaLocal: ["1", "2", "3", "4.1", "4.2", "4.3"],
  openDialogue: ["1", "2", "3", "4", "5"],
  subordinate: ["8.1", "9.1", "9.2", "9.3", "10.1", "10.2"],
} as const;

export function fullOpenness(type: "central" | "local"): Json {
  const budget = type === "central" ? KEYS.openBudgetCentral : KEYS.openBudgetLocal;
  const npa = type === "central" ? KEYS.openNpaCentral : KEYS.openNpaLocal;
  const none = Object.fromEntries(KEYS.subordinate.map((k) => [k, false]));
  return {
    openData: { kk: full(KEYS.openData), ru: full(KEYS.openData), requestsReceived: 0 },
    openBudget: { kk: full(budget), ru: full(budget), auditInPeriod: true, classified: false },
    openNpa: { kk: full(npa), ru: full(npa) },
    openDialogue: { kk: full(KEYS.openDialogue), ru: full(KEYS.openDialogue) },
    subordinate: { kk: { ...none }, ru: { ...none } },
  };
}

export function centralBody(id = "c1"): Json {
  return {
    id,
    name: `Central ${id}`,
    type: "central",
    services: {
      ratings: [4.85, 4.62],
      rendered: 120000,
      renderedExcludingOneDay: 118000,
      complaints: 3,
      late: 40,
      refusals: 2,
      incompleteDocs: 0,
      extraDocs: 1,
      automation: {
        portalServiceTypes: 50,
        serviceTypes: 60,
        electronicVolume: 90000,
        totalVolume: 120000,
        transferredInPeriod: 3,
        allElectronic: false,
        downtimeHours: 4,
      },
    },
    openness: fullOpenness("central"),
    complaints: {
      reviewed: 1000,
      late: 10,
      courtUpheld: 1,
      challengedInCourt: true,
      repeatUpheld: 3,
      disciplined: 7,
      disciplineImpossible: 2,
    },
    unreliable: { services: 0, openness: 0, complaints: 0 },
  };
}

export function localBody(id = "l1"): Json {
  const body = centralBody(id);
  const services = { ...(body.services as Json) };
  delete services.automation;
  return { ...body, name: `Local ${id}`, type: "local", services, openness: fullOpenness("local") };
}

export function assessment(...bodies: Json[]): Json {
  return { period: "2019", bodies };
}

/** Deep copy so a test can change nested fields freely. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
