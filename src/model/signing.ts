/**
 * Who signs a form (issue 24): the blocks of `bodies[].conclusion` and `settings.conclusion`
 * resolved for one body, one scope and one language. Precedence, per field: the body's block for
 * the scope → the body's own block → the authority's block for the scope → the Agency's block;
 * within a block, on a Russian form, its `ru` text before its Kazakh one. A signatory is taken
 * whole (position and name) from the first block naming its role, so one person's position never
 * goes with another's name. The assessed body's representative comes from `bodies[].representative`.
 */
import type {
  Body,
  ConclusionBlock,
  ConclusionSettings,
  LanguageVersion,
  Signatory,
  SigningScope,
} from "./types";

/** How two role texts are told equal; forms pass one that knows the printed role texts. */
export type RoleKey = (role: string) => string;
const plainRoleKey: RoleKey = (role) => role.trim().toLowerCase();

/** The role `bodies[].representative` fills (annex 1's and annex 14's printed variants share it). */
export const REPRESENTATIVE_ROLE = "assessedRepresentative";

/** The blocks that sign a form of `scope` for `body`, most specific first. */
export function signingBlocks(
  settings: ConclusionSettings | undefined,
  body: Pick<Body, "conclusion"> | undefined,
  scope: SigningScope,
): ConclusionBlock[] {
  const own = body?.conclusion;
  const layers = [
    scope === "general" ? undefined : own?.[scope],
    own,
    scope === "general" || scope === "services" ? undefined : settings?.[scope],
    settings,
  ];
  return layers.filter((b): b is ConclusionBlock => b !== undefined);
}

/** The fields of one block as printed in `lang`: for Russian, `ru` over the Kazakh text. */
function fieldIn(block: ConclusionBlock, key: "authority" | "place" | "date", lang: LanguageVersion) {
  return (lang === "ru" ? block.ru?.[key] : undefined) ?? block[key];
}

/** One block's signatories in `lang`: Russian fields over Kazakh ones (matched by role), Russian-only roles last. */
function signatoriesIn(block: ConclusionBlock, lang: LanguageVersion, key: RoleKey): Signatory[] {
  const kk = block.signatories ?? [];
  if (lang !== "ru") return kk;
  const ru = block.ru?.signatories ?? [];
  const out = kk.map((s): Signatory => {
    const r = ru.find((x) => key(x.role) === key(s.role));
    const position = r?.position ?? s.position;
    const name = r?.name ?? s.name;
    return { role: s.role, ...(position ? { position } : {}), ...(name ? { name } : {}) };
  });
  for (const r of ru) if (!kk.some((s) => key(s.role) === key(r.role))) out.push(r);
  return out;
}

/**
 * The flat block (no `ru`, no sub-blocks) printed on a form of `scope` for `body` in `lang`;
 * undefined when nothing is given.
 */
export function signingFor(
  settings: ConclusionSettings | undefined,
  body: Pick<Body, "conclusion" | "representative"> | undefined,
  scope: SigningScope,
  lang: LanguageVersion,
  key: RoleKey = plainRoleKey,
): ConclusionBlock | undefined {
  const blocks = signingBlocks(settings, body, scope);
  const out: ConclusionBlock = {};
  for (const field of ["authority", "place", "date"] as const) {
    const value = blocks.map((b) => fieldIn(b, field, lang)).find((v) => v !== undefined);
    if (value !== undefined) out[field] = value;
  }
  const signatories: Signatory[] = [];
  const rep = body?.representative;
  if (rep) {
    const position = (lang === "ru" ? rep.ru?.position : undefined) ?? rep.position;
    const name = (lang === "ru" ? rep.ru?.name : undefined) ?? rep.name;
    if (position !== undefined || name !== undefined)
      signatories.push({
        role: REPRESENTATIVE_ROLE,
        ...(position !== undefined ? { position } : {}),
        ...(name !== undefined ? { name } : {}),
      });
  }
  for (const block of blocks)
    for (const s of signatoriesIn(block, lang, key))
      if (!signatories.some((t) => key(t.role) === key(s.role))) signatories.push(s);
  if (signatories.length) out.signatories = signatories;
  return Object.keys(out).length ? out : undefined;
}
