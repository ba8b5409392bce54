/**
 * The annex numbers opeval can generate, in the official order. Kept apart from the form builders
 * so the task pane can list the forms without loading them (they load when a conclusion is built).
 */
export const FORM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] as const;
export type FormId = (typeof FORM_IDS)[number];
