/**
 * The phrase catalogue of the drafted analysis, conclusions and recommendations (annexes 3, 4, 5, 8,
 * 12, 15), in kk, ru and en, in one place. Each phrase is a function of typed, already formatted
 * parameters, so a missing figure is a compile error rather than an "undefined" in a signed form.
 *
 * Register: the official style of Kazakhstan's state documents. Kazakh sentences avoid case endings
 * on figures (the "noun – figure" construction); Russian uses «операционная оценка» and the terms of
 * src/forms/form-terms.ts; criterion names of the forms come from src/forms/form-terms.ts and
 * are not repeated here.
 */
import type { DirectionId, Lang } from "../model/types";
import { ruGenitive, ruPoints, ruPointsGenitive, type RussianForms } from "../i18n/numerals";
export { ruPoints };

export type Phrase<P> = Readonly<Record<Lang, (p: P) => string>>;
export type Words = Readonly<Record<Lang, string>>;

/** Quotation marks of each language around a name. */
export const QUOTE: Phrase<string> = {
  kk: (s) => `"${s}"`,
  ru: (s) => `«${s}»`,
  en: (s) => `“${s}”`,
};

/** Criterion names in English (kk/ru come from src/forms/form-terms.ts, the forms' own wording). */
export const CRITERION_NAMES_EN: Readonly<Record<string, string>> = {
  K1: "Satisfaction with the quality of public services",
  K2: "Ensuring the quality of public services",
  K3: "Automation of public services",
  P1: "Open data",
  P2: "Open budget",
  P3: "Open normative legal acts",
  P4: "Open dialogue",
  P5: "Openness of subordinate organisations",
  R1: "Observance of deadlines for reviewing complaints and applications",
  R2: "Share of complaints and applications found justified by a court decision",
  R3: "Review of repeated justified complaints and applications",
  R4: "Internal control of the quality of reviewing complaints and applications",
};

/** Indicator names of direction 1 (annex 2 wording in kk, FORMS.md 13.4). */
export const SERVICE_INDICATOR_NAMES: Readonly<Record<string, Words>> = {
  P1: {
    kk: "Мемлекеттік қызметтердің көрсетілу сапасына қанағаттандырылу деңгейі",
    ru: "Уровень удовлетворенности качеством оказания государственных услуг",
    en: "Level of satisfaction with the quality of public services",
  },
  P2: {
    kk: "Мемлекеттік қызметтер көрсету сапасына шағымдану",
    ru: "Жалобы на качество оказания государственных услуг",
    en: "Complaints about the quality of public services",
  },
  T1: {
    kk: "Мемлекеттік қызметтерді көрсету мерзімдерінің сақталуы",
    ru: "Соблюдение сроков оказания государственных услуг",
    en: "Observance of service deadlines",
  },
  T2: {
    kk: "Мемлекеттік қызметтерді көрсетуден негізсіз бас тарту",
    ru: "Необоснованные отказы в оказании государственных услуг",
    en: "Unjustified refusals to render public services",
  },
  T3: {
    kk: "Құжаттар топтамасы толық емес жағдайда мемлекеттік қызметтерді көрсету",
    ru: "Оказание государственных услуг при неполном пакете документов",
    en: "Services rendered with an incomplete set of documents",
  },
  T4: {
    kk: "Мемлекеттік көрсетілетін қызметтер стандартымен көзделмеген құжаттарды талап ету",
    ru: "Истребование документов, не предусмотренных стандартом государственной услуги",
    en: "Demanding documents not provided for by the service standard",
  },
  T: {
    kk: "Мемлекеттік қызметтерді электрондық нысанға көшіру",
    ru: "Перевод государственных услуг в электронный формат",
    en: "Transfer of public services to electronic form",
  },
  V: {
    kk: "Мемлекеттік қызметтерді автоматтандырудың тиімділігі",
    ru: "Эффективность автоматизации государственных услуг",
    en: "Efficiency of automation of public services",
  },
  B: {
    kk: '"Есепті кезеңде мемлекеттік қызметтерді автоматтандыру" ынталандырушы көрсеткіші',
    ru: "Стимулирующий показатель «Автоматизация государственных услуг в отчетном периоде»",
    en: "Incentive indicator “Automation of public services in the reporting period”",
  },
  P: {
    kk: '"Автоматтандырылған мемлекеттік қызметтердің қолжетімділігінің ұзақтығы" айыппұл көрсеткіші',
    ru: "Штрафной показатель «Продолжительность доступности автоматизированных государственных услуг»",
    en: "Penalty indicator “Duration of availability of automated public services”",
  },
};

/** Language versions of an openness indicator (annex 10 columns). */
export const LANGUAGE_VERSION_NAMES: Readonly<Record<"kk" | "ru", Words>> = {
  kk: { kk: "мемлекеттік тілде", ru: "на государственном языке", en: "in the state language" },
  ru: { kk: "орыс тілінде", ru: "на русском языке", en: "in Russian" },
};

/** «из 61 вида», «из 44 видов»: the kinds of services after «из». */
const RU_KINDS: RussianForms = { one: "вид", few: "вида", many: "видов" };
/** «из 21 государственной услуги», «из 3 727 410 государственных услуг». */
const RU_SERVICES: RussianForms = {
  one: "государственная услуга",
  few: "государственной услуги",
  many: "государственных услуг",
};

export interface ScoreOf {
  name: string;
  value: string;
  max: string;
  lost: string;
}

export const TEXT = {
  /** The first paragraph under a criterion's heading (the heading names the criterion). */
  criterionSummary: {
    kk: (p: ScoreOf) => `Өлшем бойынша ${p.max} балдан ${p.value} балл алынды (${p.lost} балл жоғалтылды).`,
    ru: (p: ScoreOf) =>
      `По критерию получено ${p.value} из ${p.max} ${ruPointsGenitive(p.max)} (потеряно ${p.lost} ${ruPoints(p.lost)}).`,
    en: (p: ScoreOf) => `The criterion scored ${p.value} of ${p.max} points (${p.lost} points lost).`,
  } satisfies Phrase<ScoreOf>,
  /** The same when the losses stated under it do not add up to the criterion's own (I-18): no total. */
  criterionScored: {
    kk: (p: ScoreOf) => `Өлшем бойынша ${p.max} балдан ${p.value} балл алынды.`,
    ru: (p: ScoreOf) => `По критерию получено ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf) => `The criterion scored ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf>,
  criterionFull: {
    kk: (p: ScoreOf) => `Өлшем бойынша ең жоғарғы балл алынды – ${p.value} балл (${p.max} балдан).`,
    ru: (p: ScoreOf) =>
      `По критерию получен максимальный балл – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf) => `The criterion scored the full ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf>,
  /** An indicator line when the input figures are not available: score only. */
  indicatorScore: {
    kk: (p: ScoreOf & { code: string }) =>
      `${p.name} (${p.code}): ${p.max} балдан ${p.value} балл, жоғалтылғаны – ${p.lost} балл.`,
    ru: (p: ScoreOf & { code: string }) =>
      `${p.name} (${p.code}): ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}, потеряно ${p.lost} ${ruPoints(p.lost)}.`,
    en: (p: ScoreOf & { code: string }) =>
      `${p.name} (${p.code}): ${p.value} of ${p.max} points, ${p.lost} lost.`,
  } satisfies Phrase<ScoreOf & { code: string }>,

  satisfactionOwn: {
    kk: (p: ScoreOf & { count: string; ratings: string }) =>
      `${p.name} (P1): қоғамдық мониторингте бағаланған қызмет түрлерінің саны – ${p.count}, олардың бағалары: ${p.ratings}; 6-қосымшаға сәйкес қызмет түрлері бойынша орташа балл – ${p.max} балдан ${p.value} балл (${p.lost} балл жоғалтылды).`,
    ru: (p: ScoreOf & { count: string; ratings: string }) =>
      `${p.name} (P1): в общественном мониторинге оценено видов государственных услуг – ${p.count}, их оценки: ${p.ratings}; средний балл по видам услуг согласно приложению 6 – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)} (потеряно ${p.lost} ${ruPoints(p.lost)}).`,
    en: (p: ScoreOf & { count: string; ratings: string }) =>
      `${p.name} (P1): service types rated in public monitoring – ${p.count}, ratings: ${p.ratings}; the mean of their points under annex 6 is ${p.value} of ${p.max} (${p.lost} points lost).`,
  } satisfies Phrase<ScoreOf & { count: string; ratings: string }>,
  satisfactionCohort: {
    kk: (p: ScoreOf) =>
      `${p.name} (P1): мемлекеттік органның қызметтері қоғамдық мониторингке қамтылмаған, сондықтан көрсеткіш мониторингке қамтылған сол түрдегі органдардың P1 орташа мәніне тең қабылданды – ${p.max} балдан ${p.value} балл.`,
    ru: (p: ScoreOf) =>
      `${p.name} (P1): услуги государственного органа не были охвачены общественным мониторингом, поэтому показатель принят равным среднему значению P1 органов того же типа, охваченных мониторингом, – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf) =>
      `${p.name} (P1): none of the body's services was in public monitoring, so P1 is the mean P1 of the monitored bodies of the same type: ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf>,

  /** A "k − a / b × scale" indicator with its figures. */
  rateLine: {
    kk: (p: RateLine) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}; ${p.rate}; ${p.max} балдан ${p.lost} балл жоғалтылды, көрсеткіш – ${p.value} балл${p.clamped ? " (теріс мән нөлге теңестірілді)" : ""}.`,
    ru: (p: RateLine) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}, или ${p.rate}; потеряно ${p.lost} ${ruPoints(p.lost)} из ${p.max}, показатель составил ${p.value} ${ruPoints(p.value)}${p.clamped ? " (отрицательное значение приравнено к нулю)" : ""}.`,
    en: (p: RateLine) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}, i.e. ${p.rate}; ${p.lost} of ${p.max} points lost, the indicator scored ${p.value}${p.clamped ? " (a negative result is taken as zero)" : ""}.`,
  } satisfies Phrase<RateLine>,
  /** A rate indicator with no violation at all. */
  noViolation: {
    kk: (p: NoViolation) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}; бұзушылықтарға жол берілмеген, ең жоғарғы балл қойылды – ${p.max}.`,
    ru: (p: NoViolation) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}; нарушений не допущено, засчитан максимальный балл – ${p.max}.`,
    en: (p: NoViolation) =>
      `${p.name} (${p.code}): ${p.what}${p.baseNote}; no violation, the maximum of ${p.max} points applies.`,
  } satisfies Phrase<NoViolation>,
  /** I-10: a zero denominator. */
  nothingToViolate: {
    kk: (p: { name: string; code: string; max: string; reason: string }) =>
      `${p.name} (${p.code}): есепті кезеңде ${p.reason}, сондықтан бұзушылық болуы мүмкін емес; ең жоғарғы балл қойылды – ${p.max}.`,
    ru: (p: { name: string; code: string; max: string; reason: string }) =>
      `${p.name} (${p.code}): в отчетном периоде ${p.reason}, поэтому нарушение было невозможно; засчитан максимальный балл – ${p.max}.`,
    en: (p: { name: string; code: string; max: string; reason: string }) =>
      `${p.name} (${p.code}): ${p.reason}, so no violation was possible; the maximum of ${p.max} points applies.`,
  } satisfies Phrase<{ name: string; code: string; max: string; reason: string }>,
  noServicesRendered: {
    kk: "мемлекеттік қызметтер көрсетілмеген",
    ru: "государственные услуги не оказывались",
    en: "no services were rendered",
  } satisfies Words,
  nothingReviewed: {
    kk: "шағымдар мен арыздар қаралмаған",
    ru: "жалобы и заявления не рассматривались",
    en: "no complaints or applications were reviewed",
  } satisfies Words,
  /** §39: T1–T4 are counted over services excluding one-working-day service types. */
  baseNote: {
    kk: () => " (бір жұмыс күні ішінде көрсетілетін қызмет түрлерін есепке алмағанда, 39-тармақ)",
    ru: () => " (без учета видов услуг со сроком оказания один рабочий день, пункт 39)",
    en: () => " (excluding one-working-day service types, §39)",
  } satisfies Phrase<void>,
  perServices: {
    kk: (p: { rate: string; scale: string }) => `${p.scale} қызметке шаққанда – ${p.rate}`,
    ru: (p: { rate: string; scale: string }) => `${p.rate} на ${p.scale} услуг`,
    en: (p: { rate: string; scale: string }) => `${p.rate} per ${p.scale} services`,
  } satisfies Phrase<{ rate: string; scale: string }>,
  perReviews: {
    kk: (p: { rate: string; scale: string }) => `${p.scale} шағым мен арызға шаққанда – ${p.rate}`,
    ru: (p: { rate: string; scale: string }) => `${p.rate} на ${p.scale} жалоб и заявлений`,
    en: (p: { rate: string; scale: string }) => `${p.rate} per ${p.scale} reviewed`,
  } satisfies Phrase<{ rate: string; scale: string }>,
  percent: {
    kk: (p: { rate: string; scale: string }) => `үлесі – ${p.rate} %`,
    ru: (p: { rate: string; scale: string }) => `${p.rate} %`,
    en: (p: { rate: string; scale: string }) => `${p.rate} %`,
  } satisfies Phrase<{ rate: string; scale: string }>,
  lessThan: {
    kk: (p: string) => `${p}-ден аз`,
    ru: (p: string) => `менее ${p}`,
    en: (p: string) => `less than ${p}`,
  } satisfies Phrase<string>,

  what: {
    P2: {
      kk: (p: AB) =>
        `мемлекеттік қызметтерді көрсету сапасына негізді шағымдар – ${p.a}, көрсетілген қызметтер – ${p.b}`,
      ru: (p: AB) =>
        `обоснованных жалоб на качество оказания государственных услуг – ${p.a} при ${p.b} оказанных услугах`,
      en: (p: AB) => `${p.a} justified complaints about service quality for ${p.b} services rendered`,
    },
    T1: {
      kk: (p: AB) => `мерзімі бұзылып көрсетілген қызметтер – ${p.a}, көрсетілген қызметтер – ${p.b}`,
      ru: (p: AB) => `с нарушением сроков оказано ${p.a} из ${p.b} ${ruGenitive(p.b, RU_SERVICES)}`,
      en: (p: AB) => `${p.a} of ${p.b} services were rendered late`,
    },
    T2: {
      kk: (p: AB) => `негізсіз бас тартулар – ${p.a}, көрсетілген қызметтер – ${p.b}`,
      ru: (p: AB) => `необоснованных отказов – ${p.a} при ${p.b} оказанных услугах`,
      en: (p: AB) => `${p.a} unjustified refusals for ${p.b} services rendered`,
    },
    T3: {
      kk: (p: AB) =>
        `құжаттар топтамасы толық емес жағдайда көрсетілген қызметтер – ${p.a}, көрсетілген қызметтер – ${p.b}`,
      ru: (p: AB) =>
        `при неполном пакете документов оказано ${p.a} из ${p.b} ${ruGenitive(p.b, RU_SERVICES)}`,
      en: (p: AB) => `${p.a} of ${p.b} services were rendered with an incomplete set of documents`,
    },
    T4: {
      kk: (p: AB) =>
        `стандартта көзделмеген құжаттарды талап ету жағдайлары – ${p.a}, көрсетілген қызметтер – ${p.b}`,
      ru: (p: AB) =>
        `случаев истребования документов, не предусмотренных стандартом, – ${p.a} при ${p.b} оказанных услугах`,
      en: (p: AB) => `documents not in the service standard were demanded for ${p.a} of ${p.b} services`,
    },
    R1: {
      kk: (p: AB) => `мерзімі бұзылып қаралған шағымдар мен арыздар – ${p.a}, барлық қаралғандары – ${p.b}`,
      ru: (p: AB) => `с нарушением сроков рассмотрено ${p.a} из ${p.b} жалоб и заявлений`,
      en: (p: AB) => `${p.a} of ${p.b} complaints and applications were reviewed late`,
    },
    R2: {
      kk: (p: AB) =>
        `сот шешімімен негізді деп танылған шағымдар мен арыздар – ${p.a}, барлық қаралғандары – ${p.b}`,
      ru: (p: AB) => `решением суда признаны обоснованными ${p.a} из ${p.b} рассмотренных жалоб и заявлений`,
      en: (p: AB) => `${p.a} of ${p.b} reviewed complaints and applications were found justified by a court`,
    },
    R3: {
      kk: (p: AB) =>
        `қайта қарау кезінде қанағаттандырылған қайталама шағымдар мен арыздар – ${p.a}, барлық қаралғандары – ${p.b}`,
      ru: (p: AB) =>
        `повторных жалоб и заявлений, удовлетворенных при повторном рассмотрении, – ${p.a} из ${p.b} рассмотренных`,
      en: (p: AB) =>
        `${p.a} of ${p.b} reviewed complaints and applications were repeated ones upheld on review`,
    },
  } satisfies Record<string, Phrase<AB>>,

  portal: {
    kk: (p: ScoreOf & AB) =>
      `${p.name} (T): "электрондық үкімет" порталы арқылы қолжетімді қызмет түрлері – ${p.a}, портал арқылы көрсетілуі мүмкін барлық қызмет түрлері – ${p.b}; ${p.max} балдан ${p.value} балл.`,
    ru: (p: ScoreOf & AB) =>
      `${p.name} (T): через портал «электронного правительства» доступно ${p.a} из ${p.b} ${ruGenitive(p.b, RU_KINDS)} государственных услуг; ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf & AB) =>
      `${p.name} (T): ${p.a} of ${p.b} service types are available on the e-government portal; ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf & AB>,
  noServiceTypes: {
    kk: "портал арқылы көрсетілуі мүмкін қызмет түрлері жоқ",
    ru: "видов услуг, которые могут оказываться через портал, нет",
    en: "no service type can be rendered through the portal",
  } satisfies Words,
  eVolume: {
    kk: (p: ScoreOf & AB) =>
      `${p.name} (V): электрондық түрде көрсетілген қызметтер көлемі – ${p.a}, көрсетілген қызметтердің жалпы көлемі – ${p.b}; ${p.max} балдан ${p.value} балл.`,
    ru: (p: ScoreOf & AB) =>
      `${p.name} (V): в электронной форме оказано ${p.a} из ${p.b} ${ruGenitive(p.b, RU_SERVICES)}; ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf & AB) =>
      `${p.name} (V): ${p.a} of ${p.b} services were rendered electronically; ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf & AB>,
  noVolume: {
    kk: "қызметтер көлемі нөлге тең",
    ru: "объем оказанных услуг равен нулю",
    en: "the volume of services rendered is zero",
  } satisfies Words,
  bonus: {
    kk: (p: ScoreOf & { count: string }) =>
      `${p.name} (B): есепті кезеңде электрондық нысанға көшірілген қызметтер – ${p.count}; ${p.max} балдан ${p.value} балл.`,
    ru: (p: ScoreOf & { count: string }) =>
      `${p.name} (B): в отчетном периоде в электронный формат переведено услуг – ${p.count}; ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: ScoreOf & { count: string }) =>
      `${p.name} (B): services transferred to electronic form in the reporting period – ${p.count}; ${p.value} of ${p.max} points.`,
  } satisfies Phrase<ScoreOf & { count: string }>,
  bonusAllElectronic: {
    kk: (p: ScoreOf) =>
      `${p.name} (B): мемлекеттік органның барлық қызметтері электрондық нысанда көрсетіледі; ең жоғарғы балл қойылды – ${p.value}.`,
    ru: (p: ScoreOf) =>
      `${p.name} (B): все услуги государственного органа уже оказываются в электронной форме; засчитан максимальный балл – ${p.value}.`,
    en: (p: ScoreOf) =>
      `${p.name} (B): all of the body's services are already electronic; the maximum of ${p.value} points applies.`,
  } satisfies Phrase<ScoreOf>,
  downtime: {
    kk: (p: ScoreOf & { hours: string }) =>
      `${p.name} (P): электрондық қызметтердің қолжетімсіз болған уақыты – ${p.hours} сағат; айыппұл – ${p.value} балл (ең көбі ${p.max}).`,
    ru: (p: ScoreOf & { hours: string }) =>
      `${p.name} (P): электронные услуги были недоступны ${p.hours} ч; вычтено ${p.value} ${ruPoints(p.value)} (не более ${p.max}).`,
    en: (p: ScoreOf & { hours: string }) =>
      `${p.name} (P): electronic services were unavailable for ${p.hours} h; penalty ${p.value} points (at most ${p.max}).`,
  } satisfies Phrase<ScoreOf & { hours: string }>,
  noDowntime: {
    kk: (p: { name: string }) =>
      `${p.name} (P): электрондық қызметтердің қолжетімсіздігі тіркелмеген; айыппұл қолданылмады.`,
    ru: (p: { name: string }) =>
      `${p.name} (P): перерывов в доступности электронных услуг не зафиксировано; штраф не применялся.`,
    en: (p: { name: string }) =>
      `${p.name} (P): no unavailability of electronic services was recorded; no penalty.`,
  } satisfies Phrase<{ name: string }>,

  courtNotChallenged: {
    kk: (p: { name: string; max: string }) =>
      `${p.name} (R2): есепті кезеңде мемлекеттік органның шешімдеріне сотта шағым жасалмаған; ең жоғарғы балл қойылды – ${p.max} (93-тармақ).`,
    ru: (p: { name: string; max: string }) =>
      `${p.name} (R2): решения государственного органа в отчетном периоде в суде не обжаловались; засчитан максимальный балл – ${p.max} (пункт 93).`,
    en: (p: { name: string; max: string }) =>
      `${p.name} (R2): no decision of the body was challenged in court in the period; the maximum of ${p.max} points applies (§93).`,
  } satisfies Phrase<{ name: string; max: string }>,
  disciplineNone: {
    kk: (p: { name: string; max: string }) =>
      `${p.name} (R4): мерзімі бұзылып қаралған шағымдар мен арыздар жоқ, тәртіптік жауапкершілікке тарту талап етілмеді; ең жоғарғы балл қойылды – ${p.max}.`,
    ru: (p: { name: string; max: string }) =>
      `${p.name} (R4): рассмотрений с нарушением сроков не было, оснований для привлечения к дисциплинарной ответственности не имелось; засчитан максимальный балл – ${p.max}.`,
    en: (p: { name: string; max: string }) =>
      `${p.name} (R4): no review was late, so there was nothing to discipline; the maximum of ${p.max} points applies.`,
  } satisfies Phrase<{ name: string; max: string }>,
  discipline: {
    kk: (p: Discipline) =>
      `${p.name} (R4): мерзімі бұзылып қаралған жағдайлар – ${p.late}, оның ішінде тәртіптік жауапкершілікке тарту объективті мүмкін болмағандары – ${p.impossible}; тәртіптік жауапкершілікке тартылғандар – ${p.disciplined}, үлесі – ${p.share} %; 13-қосымшаның шкаласы бойынша ${p.max} балдан ${p.value} балл.`,
    ru: (p: Discipline) =>
      `${p.name} (R4): рассмотрено с нарушением сроков – ${p.late}, из них случаев, когда привлечение к дисциплинарной ответственности было объективно невозможно, – ${p.impossible}; привлечено к дисциплинарной ответственности – ${p.disciplined}, доля – ${p.share} %; по шкале приложения 13 – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: Discipline) =>
      `${p.name} (R4): ${p.late} late reviews, of which ${p.impossible} where disciplinary action was objectively impossible; disciplinary action in ${p.disciplined} cases, a share of ${p.share} %; ${p.value} of ${p.max} points on the annex 13 scale.`,
  } satisfies Phrase<Discipline>,

  // Openness (annex 10 numbering).
  perLanguage: {
    kk: (p: { kk: string; ru: string; max: string }) =>
      `Мемлекеттік тілдегі нұсқасы бойынша – ${p.kk} балл, орыс тіліндегі нұсқасы бойынша – ${p.ru} балл (әрқайсысы ${p.max} балдан).`,
    ru: (p: { kk: string; ru: string; max: string }) =>
      `Версия на государственном языке – ${p.kk} ${ruPoints(p.kk)}, на русском языке – ${p.ru} ${ruPoints(p.ru)} (из ${p.max} ${ruPointsGenitive(p.max)} каждая).`,
    en: (p: { kk: string; ru: string; max: string }) =>
      `State-language version ${p.kk} points, Russian version ${p.ru} points (of ${p.max} each).`,
  } satisfies Phrase<{ kk: string; ru: string; max: string }>,
  notFulfilled: {
    kk: (p: { items: string }) => `Орындалмаған индикаторлар (10-қосымша бойынша нөмірі): ${p.items}.`,
    ru: (p: { items: string }) => `Не выполнены индикаторы (номер по приложению 10): ${p.items}.`,
    en: (p: { items: string }) => `Indicators not fulfilled (annex 10 number): ${p.items}.`,
  } satisfies Phrase<{ items: string }>,
  partlyFulfilled: {
    kk: (p: { items: string }) => `Ішінара орындалған индикаторлар: ${p.items}.`,
    ru: (p: { items: string }) => `Выполнены частично: ${p.items}.`,
    en: (p: { items: string }) => `Partly fulfilled: ${p.items}.`,
  } satisfies Phrase<{ items: string }>,
  allFulfilled: {
    kk: "Барлық индикаторлар екі тілде де толық орындалған.",
    ru: "Все индикаторы выполнены в полном объеме на обоих языках.",
    en: "Every indicator is fully met in both languages.",
  } satisfies Words,
  /** One language's list inside notFulfilled/partlyFulfilled: "мемлекеттік тілде – 1.2 (0 / 1,5)". */
  languageItems: {
    kk: (p: { language: string; items: string }) => `${p.language} – ${p.items}`,
    ru: (p: { language: string; items: string }) => `${p.language} – ${p.items}`,
    en: (p: { language: string; items: string }) => `${p.language}: ${p.items}`,
  } satisfies Phrase<{ language: string; items: string }>,
  indicatorPoints: {
    kk: (p: { key: string; points: string; max: string }) => `${p.key} (${p.max} балдан ${p.points})`,
    ru: (p: { key: string; points: string; max: string }) => `${p.key} (${p.points} из ${p.max})`,
    en: (p: { key: string; points: string; max: string }) => `${p.key} (${p.points} of ${p.max})`,
  } satisfies Phrase<{ key: string; points: string; max: string }>,
  answered: {
    kk: (p: { key: string; items: string }) =>
      `Басшылардың ресми блог-платформасында жауап алған сұрақтар (${p.key} индикаторы): ${p.items}.`,
    ru: (p: { key: string; items: string }) =>
      `Вопросы, получившие ответ на официальной блог-платформе руководителей (индикатор ${p.key}): ${p.items}.`,
    en: (p: { key: string; items: string }) =>
      `Questions answered on the heads' official blog platform (indicator ${p.key}): ${p.items}.`,
  } satisfies Phrase<{ key: string; items: string }>,
  answeredShare: {
    kk: (p: { language: string; answered: string; received: string }) =>
      `${p.language} – ${p.received} сұрақтың ${p.answered} жауап алды`,
    ru: (p: { language: string; answered: string; received: string }) =>
      `${p.language} – ${p.answered} из ${p.received}`,
    en: (p: { language: string; answered: string; received: string }) =>
      `${p.language} ${p.answered} of ${p.received}`,
  } satisfies Phrase<{ language: string; answered: string; received: string }>,
  /** Why an openness indicator did not score weight × fulfilment (engine IndicatorRule). */
  rule: {
    exempt: {
      kk: (p: RuleItems) =>
        `${p.items} ${p.many ? "индикаторлары" : "индикаторы"} осы мемлекеттік органға қолданылмайды (10-қосымшада "*" белгіленген), ең жоғарғы балл қойылды.`,
      ru: (p: RuleItems) =>
        p.many
          ? `Индикаторы ${p.items} к данному государственному органу не применяются (отмечены «*» в приложении 10), засчитан максимальный балл.`
          : `Индикатор ${p.items} к данному государственному органу не применяется (отмечен «*» в приложении 10), засчитан максимальный балл.`,
      en: (p: RuleItems) =>
        p.many
          ? `Indicators ${p.items} do not apply to this body (marked “*” in annex 10) and score their maximum.`
          : `Indicator ${p.items} does not apply to this body (marked “*” in annex 10) and scores its maximum.`,
    },
    classifiedMean: {
      kk: (p: RuleItems) =>
        `Мемлекеттік органның бюджеттік ақпараты құпия немесе "қызмет бабында пайдалану үшін" белгісі бар; ${p.items} индикаторларының балдары бюджеті құпия емес сол түрдегі органдардың орташа мәніне тең қабылданды.`,
      ru: (p: RuleItems) =>
        `Бюджетная информация государственного органа имеет гриф секретности или «для служебного пользования»; баллы индикаторов ${p.items} приняты равными средним значениям органов того же типа с несекретным бюджетом.`,
      en: (p: RuleItems) =>
        `The body's budget information is classified; indicators ${p.items} take the mean of the same-type bodies whose budget is not classified.`,
    },
    noAnnouncement: {
      kk: (p: RuleItems) =>
        `Хабарландырулар жарияланбағандықтан ${p.items} ${p.many ? "индикаторлары" : "индикаторы"} нөлге теңестірілді (${p.paragraph}-тармақ).`,
      ru: (p: RuleItems) =>
        `В связи с отсутствием объявлений ${p.many ? "индикаторы" : "индикатор"} ${p.items} ${p.many ? "приравнены" : "приравнен"} к нулю (пункт ${p.paragraph}).`,
      en: (p: RuleItems) =>
        `With no announcement published, ${p.many ? "indicators" : "indicator"} ${p.items} ${p.many ? "score" : "scores"} zero (§${p.paragraph}).`,
    },
    noAudit: {
      kk: (p: RuleItems) =>
        `Есепті кезеңде мемлекеттік аудит және қаржылық бақылау жүргізілмеген; ${p.items} индикаторына ең жоғарғы балл қойылды (68-тармақ).`,
      ru: (p: RuleItems) =>
        `Государственный аудит и финансовый контроль в отчетном периоде не проводились; по индикатору ${p.items} засчитан максимальный балл (пункт 68).`,
      en: (p: RuleItems) =>
        `No state audit or financial control took place in the period; indicator ${p.items} scores its maximum (§68).`,
    },
    noRequests: {
      kk: (p: RuleItems) =>
        `Қосымша деректер жиынтықтарына сұраулар түспеген және ашық деректерге қажеттілікті анықтау іс-шаралары орындалған; ${p.items} индикаторына ең жоғарғы балл қойылды (62-тармақ).`,
      ru: (p: RuleItems) =>
        `Запросов на дополнительные наборы данных не поступало, мероприятия по выявлению потребности в открытых данных выполнены; по индикатору ${p.items} засчитан максимальный балл (пункт 62).`,
      en: (p: RuleItems) =>
        `No request for additional datasets was received and the demand measures were met; indicator ${p.items} scores its maximum (§62).`,
    },
    noQuestions: {
      kk: (p: RuleItems) =>
        `Блог-платформаға сұрақтар түспеген; ${p.items} индикаторына ең жоғарғы балл қойылды.`,
      ru: (p: RuleItems) =>
        `Вопросов на блог-платформу не поступало; по индикатору ${p.items} засчитан максимальный балл.`,
      en: (p: RuleItems) =>
        `No question was received on the blog platform; indicator ${p.items} scores its maximum.`,
    },
  } satisfies Record<string, Phrase<RuleItems>>,
  subordinate: {
    kk: (p: { items: string; value: string; max: string }) =>
      `Ведомстволық бағынысты ұйымдардың бұзушылықтары (10-қосымшаның 8–10-кестелері): ${p.items}; кестелер бойынша шектеулерді ескергенде айыппұл – ${p.value} балл (ең көбі ${p.max}).`,
    ru: (p: { items: string; value: string; max: string }) =>
      `Нарушения подведомственных организаций (таблицы 8–10 приложения 10): ${p.items}; с учетом ограничений по таблицам штраф составил ${p.value} ${ruPoints(p.value)} (не более ${p.max}).`,
    en: (p: { items: string; value: string; max: string }) =>
      `Violations of subordinate organisations (annex 10 tables 8–10): ${p.items}; with the table caps the penalty is ${p.value} points (at most ${p.max}).`,
  } satisfies Phrase<{ items: string; value: string; max: string }>,
  subordinateItem: {
    kk: (p: { key: string; language: string; penalty: string }) => `${p.key} ${p.language} (${p.penalty})`,
    ru: (p: { key: string; language: string; penalty: string }) => `${p.key} ${p.language} (${p.penalty})`,
    en: (p: { key: string; language: string; penalty: string }) => `${p.key} ${p.language} (${p.penalty})`,
  } satisfies Phrase<{ key: string; language: string; penalty: string }>,
  noSubordinateViolation: {
    kk: "Ведомстволық бағынысты ұйымдардың ашықтығы бойынша бұзушылықтар анықталған жоқ; айыппұл қолданылмады.",
    ru: "Нарушений открытости подведомственных организаций не выявлено; штраф не применялся.",
    en: "No violation by subordinate organisations was found; no penalty.",
  } satisfies Words,

  // Conclusions.
  directionSummary: {
    kk: (p: DirectionSummary) =>
      `${p.direction} бағыты: өлшемдер бойынша жалпы баға – ${p.total} балл, айыппұл балдары – ${p.penalty}, шегерілген айыппұл балдарын есептегендегі қорытынды баға – ${p.max} балдан ${p.final} балл.`,
    ru: (p: DirectionSummary) =>
      `По направлению ${p.direction} общая оценка по критериям составила ${p.total} ${ruPoints(p.total)}, штрафные баллы – ${p.penalty}, итоговая оценка с учетом вычтенных штрафных баллов – ${p.final} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: DirectionSummary) =>
      `In the direction ${p.direction} the total by criteria is ${p.total} points, the penalty ${p.penalty}, and the final score after the penalty ${p.final} of ${p.max}.`,
  } satisfies Phrase<DirectionSummary>,
  directionNotApplicable: {
    kk: (p: { direction: string }) =>
      `${p.direction} бағыты бойынша бағалау жүргізілмеді: бағыт осы мемлекеттік органға қолданылмайды.`,
    ru: (p: { direction: string }) =>
      `Оценка по направлению ${p.direction} не проводилась: направление не применяется к данному государственному органу.`,
    en: (p: { direction: string }) =>
      `The direction ${p.direction} was not assessed: it does not apply to this body.`,
  } satisfies Phrase<{ direction: string }>,
  directionMissing: {
    kk: (p: { direction: string }) =>
      `${p.direction} бағыты бойынша деректер ұсынылмаған, бағалау жүргізілмеді.`,
    ru: (p: { direction: string }) =>
      `Данные по направлению ${p.direction} не представлены, оценка не проводилась.`,
    en: (p: { direction: string }) =>
      `No data was entered for the direction ${p.direction}; it was not assessed.`,
  } satisfies Phrase<{ direction: string }>,
  factsListed: {
    kk: (p: Facts) =>
      `Салыстыру актісімен (1-қосымша) есептік деректердің анық еместігінің ${p.count} фактісі анықталды:`,
    ru: (p: Facts) =>
      `Актом сверки (приложение 1) выявлены факты представления недостоверных отчетных данных (${p.count}):`,
    en: (p: Facts) =>
      `The reconciliation act (annex 1) records ${p.count} fact(s) of unreliable reporting data:`,
  } satisfies Phrase<Facts>,
  factsCounted: {
    kk: (p: Facts) =>
      `Салыстыру актісімен (1-қосымша) есептік деректердің анық еместігінің фактілері анықталды, саны – ${p.count}.`,
    ru: (p: Facts) =>
      `Актом сверки (приложение 1) выявлены факты представления недостоверных отчетных данных, количество – ${p.count}.`,
    en: (p: Facts) =>
      `The reconciliation act (annex 1) records ${p.count} fact(s) of unreliable reporting data.`,
  } satisfies Phrase<Facts>,
  factsDeduction: {
    kk: (p: Facts) =>
      `Осыған байланысты ${p.penalty} айыппұл балы шегерілді (әр факт үшін ${p.perFact}, бағыт бойынша ең көбі ${p.max}).`,
    ru: (p: Facts) =>
      `В связи с этим вычтено ${p.penalty} ${ruPoints(p.penalty)} (${p.perFact} за каждый факт, не более ${p.max} по направлению).`,
    en: (p: Facts) =>
      `${p.penalty} penalty points were deducted (${p.perFact} per fact, at most ${p.max} per direction).`,
  } satisfies Phrase<Facts>,
  noFacts: {
    kk: "Есептік деректердің анық еместігі фактілері анықталған жоқ.",
    ru: "Фактов представления недостоверных отчетных данных не выявлено.",
    en: "No fact of unreliable reporting data was recorded.",
  } satisfies Words,
  mostLost: {
    kk: (p: MostLost) =>
      `Балдардың көп бөлігі келесі ${p.criteria ? "өлшемдер" : "көрсеткіштер"} бойынша жоғалтылды: ${p.items}.`,
    ru: (p: MostLost) =>
      `Наибольшие потери баллов допущены по ${p.criteria ? "критериям" : "показателям"}: ${p.items}.`,
    en: (p: MostLost) =>
      `Most points were lost on the ${p.criteria ? "criteria" : "indicators"}: ${p.items}.`,
  } satisfies Phrase<MostLost>,
  lostItem: {
    kk: (p: { code: string; name: string; lost: string }) => `${p.name} (${p.code}) – ${p.lost} балл`,
    ru: (p: { code: string; name: string; lost: string }) =>
      `${p.name} (${p.code}) – ${p.lost} ${ruPoints(p.lost)}`,
    en: (p: { code: string; name: string; lost: string }) => `${p.name} (${p.code}) – ${p.lost} points`,
  } satisfies Phrase<{ code: string; name: string; lost: string }>,
  nothingLost: {
    kk: "Барлық көрсеткіштер бойынша ең жоғарғы балл алынды.",
    ru: "По всем показателям получен максимальный балл.",
    en: "Every indicator scored its maximum.",
  } satisfies Words,
  recommend: {
    kk: (p: { action: string; detail: string }) => `${capitalise(p.action)}${p.detail} ұсынылады.`,
    ru: (p: { action: string; detail: string }) => `Рекомендуется ${p.action}${p.detail}.`,
    en: (p: { action: string; detail: string }) => `It is recommended to ${p.action}${p.detail}.`,
  } satisfies Phrase<{ action: string; detail: string }>,
  recommendDetail: {
    kk: (p: Detail) =>
      p.violations
        ? ` (бұзушылықтар: ${p.items})`
        : ` (${p.items} ${p.many ? "индикаторлары" : "индикаторы"})`,
    ru: (p: Detail) =>
      p.violations ? ` (нарушения: ${p.items})` : ` (${p.many ? "индикаторы" : "индикатор"} ${p.items})`,
    en: (p: Detail) =>
      p.violations ? ` (violations ${p.items})` : ` (${p.many ? "indicators" : "indicator"} ${p.items})`,
  } satisfies Phrase<Detail>,
  /** The body's own figures behind a recommendation on a rate indicator (`what`) and its loss. */
  recommendFigures: {
    kk: (p: RecommendFigures) => ` (${p.what}; ${p.max} балдан ${p.lost} балл жоғалтылды)`,
    ru: (p: RecommendFigures) => ` (${p.what}; потеряно ${p.lost} ${ruPoints(p.lost)} из ${p.max})`,
    en: (p: RecommendFigures) => ` (${p.what}; ${p.lost} of ${p.max} points lost)`,
  } satisfies Phrase<RecommendFigures>,
  /** The same when only the indicator's score is known. */
  recommendScore: {
    kk: (p: ScoreOf) => ` (көрсеткіш – ${p.max} балдан ${p.value} балл, ${p.lost} балл жоғалтылды)`,
    ru: (p: ScoreOf) =>
      ` (показатель – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}, потеряно ${p.lost} ${ruPoints(p.lost)})`,
    en: (p: ScoreOf) => ` (the indicator scored ${p.value} of ${p.max}, ${p.lost} lost)`,
  } satisfies Phrase<ScoreOf>,
  /** P1 from the body's own ratings: its mean points and its lowest ratings. */
  recommendRatings: {
    kk: (p: ScoreOf & { lowest: string }) =>
      ` (қызмет түрлері бойынша орташа балл – ${p.max} балдан ${p.value} балл; қоғамдық мониторингтің ең төмен бағалары – ${p.lowest})`,
    ru: (p: ScoreOf & { lowest: string }) =>
      ` (средний балл по видам услуг – ${p.value} из ${p.max} ${ruPointsGenitive(p.max)}; наименьшие оценки общественного мониторинга – ${p.lowest})`,
    en: (p: ScoreOf & { lowest: string }) =>
      ` (mean points per service type ${p.value} of ${p.max}; the lowest public-monitoring ratings ${p.lowest})`,
  } satisfies Phrase<ScoreOf & { lowest: string }>,
  /** The figures of the indicators that are not a rate (automation, R4), for `recommendFigures`. */
  figures: {
    T: {
      kk: (p: AB) => `порталда қолжетімді қызмет түрлері – ${p.a}, барлығы – ${p.b}`,
      ru: (p: AB) => `через портал доступно ${p.a} из ${p.b} ${ruGenitive(p.b, RU_KINDS)} услуг`,
      en: (p: AB) => `${p.a} of ${p.b} service types on the portal`,
    },
    V: {
      kk: (p: AB) => `электрондық түрде көрсетілген қызметтер – ${p.a}, барлығы – ${p.b}`,
      ru: (p: AB) => `в электронной форме оказано ${p.a} из ${p.b} ${ruGenitive(p.b, RU_SERVICES)}`,
      en: (p: AB) => `${p.a} of ${p.b} services rendered electronically`,
    },
    B: {
      kk: (p: AB) => `есепті кезеңде электрондық нысанға көшірілген қызметтер – ${p.a}`,
      ru: (p: AB) => `в отчетном периоде в электронный формат переведено услуг – ${p.a}`,
      en: (p: AB) => `${p.a} services transferred to electronic form in the period`,
    },
    P: {
      kk: (p: AB) => `электрондық қызметтердің қолжетімсіз болған уақыты – ${p.a} сағат`,
      ru: (p: AB) => `электронные услуги были недоступны ${p.a} ч`,
      en: (p: AB) => `electronic services unavailable for ${p.a} h`,
    },
    R4: {
      kk: (p: AB) =>
        `тәртіптік жауапкершілікке тартылғандар – ${p.a}, тарту мүмкін болған жағдайлар – ${p.b}`,
      ru: (p: AB) => `к дисциплинарной ответственности привлечено ${p.a} из ${p.b}`,
      en: (p: AB) => `disciplinary action in ${p.a} of ${p.b} cases`,
    },
  } satisfies Record<string, Phrase<AB>>,
  /** An openness criterion's annex 10 indicators that lost points, biggest loss first. */
  recommendOpenness: {
    kk: (p: RecommendIndicators) =>
      `${p.criterion} өлшемінің (${p.max} балдан ${p.value} балл) 10-қосымшадағы мына индикаторларының толық орындалуын қамтамасыз ету ұсынылады: ${p.items}.`,
    ru: (p: RecommendIndicators) =>
      `Рекомендуется обеспечить полное выполнение следующих индикаторов критерия ${p.criterion} (${p.value} из ${p.max} ${ruPointsGenitive(p.max)}; приложение 10): ${p.items}.`,
    en: (p: RecommendIndicators) =>
      `It is recommended to meet in full these annex 10 indicators of the criterion ${p.criterion} (${p.value} of ${p.max}): ${p.items}.`,
  } satisfies Phrase<RecommendIndicators>,
  /** P5: the violations of subordinate organisations, biggest penalty first. */
  recommendSubordinate: {
    kk: (p: RecommendIndicators) =>
      `Ведомстволық бағынысты ұйымдардың мына бұзушылықтарын жоюды қамтамасыз ету ұсынылады (${p.value} балл шегерілді): ${p.items}.`,
    ru: (p: RecommendIndicators) =>
      `Рекомендуется обеспечить устранение подведомственными организациями следующих нарушений (вычтено ${p.value} ${ruPoints(p.value)}): ${p.items}.`,
    en: (p: RecommendIndicators) =>
      `It is recommended that subordinate organisations remove these violations (${p.value} points deducted): ${p.items}.`,
  } satisfies Phrase<RecommendIndicators>,
  indicatorLost: {
    kk: (p: { number: string; name: string; language: string; lost: string }) =>
      `${p.number}${p.name}${p.language} – ${p.lost} балл`,
    ru: (p: { number: string; name: string; language: string; lost: string }) =>
      `${p.number}${p.name}${p.language} – ${p.lost} ${ruPoints(p.lost)}`,
    en: (p: { number: string; name: string; language: string; lost: string }) =>
      `${p.number}${p.name}${p.language} – ${p.lost} points`,
  } satisfies Phrase<{ number: string; name: string; language: string; lost: string }>,
  // Annex 15 analysis items.
  /** `lost` is "" when the listed losses do not add up to the direction's own (I-18): no total then. */
  blockLost: {
    kk: (p: { lost: string; items: string; penalty: string }) =>
      `${p.lost ? `Бағыт бойынша ${p.lost} балл жоғалтылды` : "Бағыт бойынша балдар жоғалтылды"}${p.items ? `: ${p.items}` : ""}${p.penalty ? `${p.items ? ";" : ":"} есептік деректердің анық еместігі үшін айыппұл балдары – ${p.penalty}` : ""}.`,
    ru: (p: { lost: string; items: string; penalty: string }) =>
      `${p.lost ? `По направлению потеряно ${p.lost} ${ruPoints(p.lost)}` : "Баллы по направлению потеряны"}${p.items ? `: ${p.items}` : ""}${p.penalty ? `${p.items ? ";" : ":"} штрафные баллы за недостоверные отчетные данные – ${p.penalty}` : ""}.`,
    en: (p: { lost: string; items: string; penalty: string }) =>
      `${p.lost ? `The direction lost ${p.lost} points` : "The direction lost points"}${p.items ? `: ${p.items}` : ""}${p.penalty ? `${p.items ? ";" : ":"} penalty for unreliable data ${p.penalty}` : ""}.`,
  } satisfies Phrase<{ lost: string; items: string; penalty: string }>,
  /** Annex 15, a direction received from its authority (§112–113): its figures, not its criteria. */
  blockReceived: {
    kk: (p: DirectionSummary & { from: string; date: string }) =>
      `${p.from} ${p.date} қорытындысы бойынша: өлшемдер бойынша жалпы баға – ${p.total} балл, айыппұл балдары – ${p.penalty}, шегерілген айыппұл балдарын есептегендегі қорытынды баға – ${p.max} балдан ${p.final} балл.`,
    ru: (p: DirectionSummary & { from: string; date: string }) =>
      `По заключению ${p.from} от ${p.date} общая оценка по критериям составила ${p.total} ${ruPoints(p.total)}, штрафные баллы – ${p.penalty}, итоговая оценка с учетом вычтенных штрафных баллов – ${p.final} из ${p.max} ${ruPointsGenitive(p.max)}.`,
    en: (p: DirectionSummary & { from: string; date: string }) =>
      `By the conclusion of ${p.from} of ${p.date}, the total by criteria is ${p.total} points, the penalty ${p.penalty}, and the final score after the penalty ${p.final} of ${p.max}.`,
  } satisfies Phrase<DirectionSummary & { from: string; date: string }>,
  blockNothingLost: {
    kk: "Бағыт бойынша барлық көрсеткіштер ең жоғарғы балл алды, айыппұл балдары жоқ.",
    ru: "По направлению все показатели получили максимальный балл, штрафных баллов нет.",
    en: "Every indicator of the direction scored its maximum, with no penalty.",
  } satisfies Words,
  nextLevel: {
    kk: (p: LevelPlanText) =>
      `Мемлекеттік орган тиімділігінің ${p.level} дәрежесіне (${p.min} балдан бастап) жалпы бағаға ${p.overallGap} балл жетпейді; осы бағыт бойынша мына көрсеткіштердің жоғалтылған балдарын қалпына келтіру жалпы бағаны ${p.gain} балға арттырады: ${p.items}.`,
    ru: (p: LevelPlanText) =>
      `До ${p.levelGenitive} уровня эффективности (от ${p.min} ${ruPointsGenitive(p.min)}) общей оценке недостает ${p.overallGap} ${ruPoints(p.overallGap)}; по данному направлению устранение потерь по показателям ${p.items} повысит общую оценку на ${p.gain} ${ruPoints(p.gain)}.`,
    en: (p: LevelPlanText) =>
      `The general score lacks ${p.overallGap} points for the ${p.level} level (from ${p.min}); in this direction, recovering ${p.items} adds ${p.gain} to it.`,
  } satisfies Phrase<LevelPlanText>,
  nextLevelElsewhere: {
    kk: (p: LevelPlanText) =>
      `Мемлекеттік орган тиімділігінің ${p.level} дәрежесіне (${p.min} балдан бастап) жалпы бағаға ${p.overallGap} балл жетпейді; оны басқа бағыттардың мына көрсеткіштері бойынша жоғалтылған балдарды қалпына келтіру береді (жалпы баға ${p.gain} балға артады): ${p.items}.`,
    ru: (p: LevelPlanText) =>
      `До ${p.levelGenitive} уровня эффективности (от ${p.min} ${ruPointsGenitive(p.min)}) общей оценке недостает ${p.overallGap} ${ruPoints(p.overallGap)}; их дает устранение потерь по показателям других направлений (общая оценка повысится на ${p.gain} ${ruPoints(p.gain)}): ${p.items}.`,
    en: (p: LevelPlanText) =>
      `The general score lacks ${p.overallGap} points for the ${p.level} level (from ${p.min}); recovering these indicators of the other directions gives them (the general score rises by ${p.gain}): ${p.items}.`,
  } satisfies Phrase<LevelPlanText>,
  overallNextLevel: {
    kk: (p: OverallPlanText) =>
      `Мемлекеттік орган тиімділігінің ${p.level} дәрежесіне (${p.min} балдан бастап) жету үшін жалпы бағаны ${p.overallGap} балға арттыру қажет; бұған ең аз көрсеткіштер бойынша жоғалтылған балдарды қалпына келтіру арқылы қол жеткізуге болады: ${p.items}.`,
    ru: (p: OverallPlanText) =>
      `Для достижения ${p.levelGenitive} уровня эффективности (от ${p.min} ${ruPointsGenitive(p.min)}) общую оценку необходимо повысить на ${p.overallGap} ${ruPoints(p.overallGap)}; наименьшее число показателей, устранение потерь по которым это обеспечивает: ${p.items}.`,
    en: (p: OverallPlanText) =>
      `Reaching the ${p.level} level (from ${p.min}) needs ${p.overallGap} more points; the fewest indicators that give them: ${p.items}.`,
  } satisfies Phrase<OverallPlanText>,
  overallNextLevelOut: {
    kk: (p: OverallPlanText) =>
      `Мемлекеттік орган тиімділігінің ${p.level} дәрежесіне (${p.min} балдан бастап) жету үшін жалпы бағаны ${p.overallGap} балға арттыру қажет; барлық көрсеткіштер бойынша жоғалтылған балдарды қалпына келтіру де оған жеткіліксіз.`,
    ru: (p: OverallPlanText) =>
      `Для достижения ${p.levelGenitive} уровня эффективности (от ${p.min} ${ruPointsGenitive(p.min)}) общую оценку необходимо повысить на ${p.overallGap} ${ruPoints(p.overallGap)}; устранения потерь по всем показателям для этого недостаточно.`,
    en: (p: OverallPlanText) =>
      `Reaching the ${p.level} level (from ${p.min}) needs ${p.overallGap} more points, more than recovering every loss gives.`,
  } satisfies Phrase<OverallPlanText>,
  keepLevel: {
    kk: "Қол жеткізілген деңгейді сақтау ұсынылады.",
    ru: "Рекомендуется сохранить достигнутый уровень.",
    en: "It is recommended to maintain the level achieved.",
  } satisfies Words,

  // Annex 15.
  overallDirection: {
    kk: (p: { direction: string; final: string }) =>
      `${p.direction} бағыты бойынша қорытынды баға – ${p.final} балл.`,
    ru: (p: { direction: string; final: string }) =>
      `Итоговая оценка по направлению ${p.direction} – ${p.final} ${ruPoints(p.final)}.`,
    en: (p: { direction: string; final: string }) =>
      `The final score in the direction ${p.direction} is ${p.final}.`,
  } satisfies Phrase<{ direction: string; final: string }>,
  overallNotApplicable: {
    kk: (p: { direction: string }) =>
      `${p.direction} бағыты бойынша бағалау жүргізілмеді (бағыт мемлекеттік органға қолданылмайды) және жалпы бағаға есепке алынбады, қалған бағыттардың салмақтары қайта бөлінді.`,
    ru: (p: { direction: string }) =>
      `Оценка по направлению ${p.direction} не проводилась (направление не применяется к государственному органу) и в общей оценке не учитывалась, веса остальных направлений перераспределены.`,
    en: (p: { direction: string }) =>
      `The direction ${p.direction} was not assessed (it does not apply to the body) and is left out of the general score; the other directions' weights were renormalised.`,
  } satisfies Phrase<{ direction: string }>,
  overallMissing: {
    kk: (p: { direction: string }) => `${p.direction} бағыты бойынша деректер ұсынылмаған.`,
    ru: (p: { direction: string }) => `Данные по направлению ${p.direction} не представлены.`,
    en: (p: { direction: string }) => `No data was entered for the direction ${p.direction}.`,
  } satisfies Phrase<{ direction: string }>,
  overallNotComputed: {
    kk: "Барлық бағыттар бойынша деректер ұсынылмағандықтан, жалпы баға есептелмеді.",
    ru: "Общая оценка не рассчитана, поскольку данные представлены не по всем направлениям.",
    en: "The general score was not computed because data is missing for a direction.",
  } satisfies Words,
  overallNoWeight: {
    kk: "Бағаланған бағыттар жоқ болғандықтан, жалпы баға есептелмеді.",
    ru: "Общая оценка не рассчитана: ни одно направление не оценивалось.",
    en: "The general score was not computed: no direction was assessed.",
  } satisfies Words,
  overallScore: {
    kk: (p: Overall) =>
      `Мемлекеттік органның жалпы бағасы ${p.score} балды құрады, бұл Әдістеменің 101-тармағына сәйкес (${p.band}) ${p.level}.`,
    ru: (p: Overall) =>
      `Общая оценка государственного органа составила ${p.score} ${ruPoints(p.score)}, что в соответствии с пунктом 101 Методики (${p.band}) ${p.level}.`,
    en: (p: Overall) =>
      `The general score of the state body is ${p.score}, which under §101 (${p.band}) ${p.level}.`,
  } satisfies Phrase<Overall>,
  /** §101 wording of each level (FORMS.md A39: `жоғарғы`, `төменгі` in official Kazakh text). */
  levelSentence: {
    high: {
      kk: "мемлекеттік орган қызметі тиімділігінің жоғарғы дәрежесіне сәйкес келеді",
      ru: "соответствует высокому уровню эффективности деятельности государственного органа",
      en: "corresponds to a high level of efficiency",
    },
    medium: {
      kk: "мемлекеттік орган қызметі тиімділігінің орташа дәрежесіне сәйкес келеді",
      ru: "соответствует среднему уровню эффективности деятельности государственного органа",
      en: "corresponds to a medium level of efficiency",
    },
    low: {
      kk: "мемлекеттік орган қызметі тиімділігінің төменгі дәрежесіне сәйкес келеді",
      ru: "соответствует низкому уровню эффективности деятельности государственного органа",
      en: "corresponds to a low level of efficiency",
    },
    ineffective: {
      kk: "мемлекеттік орган қызметі тиімсіз деп танылатынын білдіреді",
      ru: "означает признание деятельности государственного органа неэффективной",
      en: "means the body's activity is recognised as ineffective",
    },
  } satisfies Record<string, Words>,
  levelStated: {
    kk: (p: { level: string }) => `Мемлекеттік орган қызметінің тиімділік дәрежесі: ${p.level}.`,
    ru: (p: { level: string }) => `Уровень эффективности деятельности государственного органа: ${p.level}.`,
    en: (p: { level: string }) => `Efficiency level of the state body: ${p.level}.`,
  } satisfies Phrase<{ level: string }>,
  bandRange: {
    kk: (p: { from: string; to: string }) => `${p.from} – ${p.to} балл`,
    ru: (p: { from: string; to: string }) => `от ${p.from} до ${p.to} ${ruPointsGenitive(p.to)}`,
    en: (p: { from: string; to: string }) => `${p.from} to ${p.to} points`,
  } satisfies Phrase<{ from: string; to: string }>,
  bandBelow: {
    kk: (p: { to: string }) => `${p.to} балдан төмен`,
    ru: (p: { to: string }) => `менее ${p.to} ${ruPointsGenitive(p.to)}`,
    en: (p: { to: string }) => `below ${p.to} points`,
  } satisfies Phrase<{ to: string }>,
  weakestDirection: {
    kk: (p: { direction: string; final: string }) =>
      `Ең төмен баға ${p.direction} бағыты бойынша алынды (${p.final} балл); осы бағыт бойынша қорытындыдағы ұсыныстарды бірінші кезекте орындау ұсынылады.`,
    ru: (p: { direction: string; final: string }) =>
      `Наименьшая оценка получена по направлению ${p.direction} (${p.final} ${ruPoints(p.final)}); рекомендуется в первоочередном порядке исполнить рекомендации заключения по этому направлению.`,
    en: (p: { direction: string; final: string }) =>
      `The lowest score is in the direction ${p.direction} (${p.final}); the recommendations of that direction's conclusion should be carried out first.`,
  } satisfies Phrase<{ direction: string; final: string }>,
};

/** Recommendation per indicator / criterion: an infinitive action phrase (kk: verbal noun). */
export const RECOMMENDATIONS: Readonly<Record<DirectionId, Readonly<Record<string, Words>>>> = {
  services: {
    P1: {
      kk: "қоғамдық мониторингте төмен бағаланған қызмет түрлерін талдау және көрсетілетін қызметті алушылардың мемлекеттік қызметтер сапасына қанағаттануын арттыру жөнінде шаралар қабылдау",
      ru: "проанализировать виды услуг с низкими оценками общественного мониторинга и принять меры по повышению удовлетворенности услугополучателей качеством оказания государственных услуг",
      en: "analyse the service types rated low in public monitoring and take measures to raise recipients' satisfaction with service quality",
    },
    P2: {
      kk: "мемлекеттік қызметтер сапасына негізді шағымдардың себептерін талдап, оларды жою, қызметтер көрсету сапасына бақылауды күшейту",
      ru: "проанализировать и устранить причины обоснованных жалоб на качество оказания государственных услуг, усилить контроль за качеством их оказания",
      en: "analyse and remove the causes of justified complaints about service quality and strengthen control of service quality",
    },
    T1: {
      kk: "мемлекеттік қызметтерді көрсету мерзімдерінің сақталуын қамтамасыз ету, мерзімдердің сақталуына ішкі бақылауды күшейту және бұзушылыққа жол берген лауазымды адамдардың жауапкершілігі туралы мәселені қарау",
      ru: "обеспечить соблюдение сроков оказания государственных услуг, усилить внутренний контроль за соблюдением сроков и рассмотреть вопрос об ответственности должностных лиц, допустивших нарушения",
      en: "ensure observance of service deadlines, strengthen internal control of deadlines and consider the liability of the officials responsible for violations",
    },
    T2: {
      kk: "мемлекеттік қызметтерді көрсетуден негізсіз бас тартуларды болдырмау, әрбір бас тартудың негізділігін тексеруді қамтамасыз ету",
      ru: "исключить необоснованные отказы в оказании государственных услуг, обеспечить проверку обоснованности каждого отказа",
      en: "eliminate unjustified refusals and ensure that every refusal is checked for its grounds",
    },
    T3: {
      kk: "құжаттар топтамасы толық емес жағдайда мемлекеттік қызметтерді көрсетуді болдырмау, құжаттарды қабылдау кезінде олардың толықтығын тексеруді қамтамасыз ету",
      ru: "исключить оказание государственных услуг при неполном пакете документов, обеспечить проверку полноты документов при их приеме",
      en: "stop rendering services on an incomplete set of documents and ensure completeness checks when documents are received",
    },
    T4: {
      kk: "мемлекеттік көрсетілетін қызмет стандартында көзделмеген құжаттарды талап етуді болдырмау",
      ru: "исключить истребование документов, не предусмотренных стандартом государственной услуги",
      en: "stop demanding documents that the service standard does not provide for",
    },
    T: {
      kk: 'мемлекеттік қызметтерді "электрондық үкімет" порталы арқылы электрондық нысанға көшіруді жалғастыру',
      ru: "продолжить перевод государственных услуг в электронный формат через портал «электронного правительства»",
      en: "continue transferring services to electronic form on the e-government portal",
    },
    V: {
      kk: "электрондық нысанда көрсетілетін мемлекеттік қызметтердің үлесін арттыру",
      ru: "увеличить долю государственных услуг, оказываемых в электронной форме",
      en: "raise the share of services rendered electronically",
    },
    B: {
      kk: "есепті кезеңде мемлекеттік қызметтерді автоматтандыруды жалғастыру",
      ru: "продолжить автоматизацию государственных услуг в отчетном периоде",
      en: "continue automating services within the reporting period",
    },
    P: {
      kk: "автоматтандырылған мемлекеттік қызметтердің үздіксіз қолжетімділігін қамтамасыз ету",
      ru: "обеспечить бесперебойную доступность автоматизированных государственных услуг",
      en: "ensure uninterrupted availability of automated services",
    },
  },
  openness: {
    P1: {
      kk: "бекітілген тізбеге сәйкес ашық деректер жиынтықтарын уақтылы жариялауды және өзектендіруді, оларды толтырудың дұрыстығы мен толықтығын қамтамасыз ету",
      ru: "обеспечить своевременную публикацию и актуализацию наборов открытых данных согласно утвержденному перечню, корректность и полноту их заполнения",
      en: "ensure timely publication and updating of the open datasets of the approved list and correct, complete filling",
    },
    P2: {
      kk: "бюджеттік ақпаратты толық әрі уақтылы орналастыруды, жария талқылаудың басталуы туралы хабарландыруларды жариялауды қамтамасыз ету",
      ru: "обеспечить полное и своевременное размещение бюджетной информации и опубликование объявлений о начале публичного обсуждения",
      en: "ensure complete and timely placement of budget information and announcements of public discussions",
    },
    P3: {
      kk: "нормативтік құқықтық актілердің жобаларын және олар туралы хабарландыруларды уақтылы орналастыруды, пайдаланушылардың түсініктемелерін қарауды қамтамасыз ету",
      ru: "обеспечить своевременное размещение проектов нормативных правовых актов и объявлений о них, рассмотрение комментариев пользователей",
      en: "ensure timely placement of draft legal acts and their announcements and review of users' comments",
    },
    P4: {
      kk: "басшылардың блог-платформасындағы сұрақтарға уақтылы жауап беруді, бірінші басшының блогын жүргізуді, интернет-конференциялар мен сауалнамалар өткізуді қамтамасыз ету",
      ru: "обеспечить своевременные ответы на вопросы на блог-платформе руководителей, ведение блога первого руководителя, проведение интернет-конференций и опросов",
      en: "ensure timely answers on the heads' blog platform, an active first head's blog, and internet conferences and polls",
    },
    P5: {
      kk: "ведомстволық бағынысты ұйымдардың интернет-ресурстарын толықтыруға, ашық деректерді жариялауына және басшылардың блогтарындағы жауаптарына бақылауды күшейту",
      ru: "усилить контроль за наполнением интернет-ресурсов подведомственных организаций, публикацией ими открытых данных и ответами в блогах их руководителей",
      en: "strengthen control of subordinate organisations' websites, open data and answers in their heads' blogs",
    },
  },
  complaints: {
    R1: {
      kk: "шағымдар мен арыздарды қарау мерзімдерінің сақталуын қамтамасыз ету, мерзімдерге бақылауды күшейту",
      ru: "обеспечить соблюдение сроков рассмотрения жалоб и заявлений, усилить контроль за сроками",
      en: "ensure complaints and applications are reviewed on time and strengthen deadline control",
    },
    R2: {
      kk: "шағымдар мен арыздарды қарау сапасын арттыру, олардың сот тәртібімен қанағаттандырылуын болдырмау",
      ru: "повысить качество рассмотрения жалоб и заявлений, исключив их удовлетворение в судебном порядке",
      en: "improve the quality of reviews so that complaints are not upheld in court",
    },
    R3: {
      kk: "шағымдар мен арыздарды алғашқы жүгінген кезде толық әрі объективті қарауды қамтамасыз етіп, қайталама негізді жүгінулерді болдырмау",
      ru: "обеспечить полное и объективное рассмотрение жалоб и заявлений при первичном обращении, исключив повторные обоснованные обращения",
      en: "review complaints fully and objectively the first time so that justified repeat complaints do not arise",
    },
    R4: {
      kk: "шағымдар мен арыздарды қарау мерзімдерін бұзуға жол берген лауазымды адамдарды тәртіптік жауапкершілікке тартуды қамтамасыз ету",
      ru: "обеспечить привлечение к дисциплинарной ответственности должностных лиц, допустивших нарушение сроков рассмотрения жалоб и заявлений",
      en: "ensure disciplinary action against officials who let reviews run late",
    },
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface MostLost {
  items: string;
  /** Openness and complaints rank whole criteria; services ranks indicators. */
  criteria: boolean;
}
export interface RecommendIndicators {
  criterion: string;
  /** The criterion's score (P5: the deduction) and its maximum, as printed. */
  value: string;
  max: string;
  items: string;
}
export interface RecommendFigures {
  what: string;
  lost: string;
  max: string;
}
export interface Detail {
  items: string;
  many: boolean;
  /** P5: the numbers are violations of subordinate organisations (annex 10 tables 8–10). */
  violations: boolean;
}
export interface NoViolation {
  name: string;
  code: string;
  what: string;
  baseNote: string;
  max: string;
}
export interface RuleItems {
  items: string;
  /** More than one indicator is listed (singular or plural wording). */
  many: boolean;
  /** The methodology paragraph of the rule (§68 budget, §73 NPA). */
  paragraph: string;
}
export interface AB {
  a: string;
  b: string;
}
export interface RateLine extends ScoreOf {
  code: string;
  what: string;
  baseNote: string;
  rate: string;
  clamped: boolean;
}
export interface Discipline {
  name: string;
  late: string;
  impossible: string;
  disciplined: string;
  share: string;
  value: string;
  max: string;
}
export interface DirectionSummary {
  direction: string;
  total: string;
  penalty: string;
  final: string;
  max: string;
}
export interface Facts {
  count: string;
  penalty: string;
  perFact: string;
  max: string;
}
export interface LevelPlanText {
  /** The next level, nominative as in §101 (kk) or as LEVEL_TERMS gives it. */
  level: string;
  /** ru: the next level's adjective in the genitive («высокого»). */
  levelGenitive: string;
  min: string;
  overallGap: string;
  items: string;
  gain: string;
}
export interface OverallPlanText {
  level: string;
  levelGenitive: string;
  min: string;
  overallGap: string;
  items: string;
}
export interface Overall {
  score: string;
  band: string;
  level: string;
}
