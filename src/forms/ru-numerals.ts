/**
 * Russian agreement of a noun with a number as printed (to move to src/i18n once it exists).
 * A fraction ("0,40", "3,5") takes the genitive singular: «0,40 балла», «3,5 балла»; a whole number
 * takes the form its last two digits call for: «1 балл», «2 балла», «5 баллов», «11 баллов», «21 балл».
 */
export type RuForms = readonly [one: string, few: string, many: string];

export const RU_POINTS: RuForms = ["балл", "балла", "баллов"];

/** The form of `forms` that agrees with `display` (digits grouped by spaces, decimal comma or point). */
export function ruPlural(display: string, forms: RuForms): string {
  const plain = display.replace(/[\s\u00a0\u2212−-]/g, "");
  if (/[,.]/.test(plain)) return forms[1];
  const n = Number(plain);
  if (!Number.isFinite(n)) return forms[2];
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return forms[0];
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return forms[1];
  return forms[2];
}

/** «балл» agreeing with a displayed figure. */
export function ruPoints(display: string): string {
  return ruPlural(display, RU_POINTS);
}

/** The genitive plural after «из», «до», «от», «более», «менее»: «из 25 баллов», «до 5 баллов», but «из 1 балла», «от 21 балла». */
export function ruPointsGenitive(display: string): string {
  const plain = display.replace(/[\s\u00a0\u2212−-]/g, "");
  if (/[,.]/.test(plain)) return RU_POINTS[1];
  const n = Number(plain);
  return n % 10 === 1 && n % 100 !== 11 ? RU_POINTS[1] : RU_POINTS[2];
}
