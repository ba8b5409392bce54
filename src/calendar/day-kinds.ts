/**
 * Words for a day's kind in kk, ru and en, compared after `normaliseWord` (lower case, single
 * spaces): how a user marks a day working or non-working, in the workbook's opeval_Holidays table
 * (src/objections) and in the day overrides of the calendar functions (functions/calendar.ts).
 */
export const DAY_KIND_WORDS: Readonly<Record<"working" | "nonWorking", readonly string[]>> = {
  working: ["working", "working day", "workday", "жұмыс", "жұмыс күні", "рабочий", "рабочий день"],
  nonWorking: [
    "non working",
    "nonworking",
    "non working day",
    "day off",
    "holiday",
    "демалыс",
    "демалыс күні",
    "мереке",
    "нерабочий",
    "нерабочий день",
    "выходной",
    "выходной день",
    "праздник",
  ],
};
