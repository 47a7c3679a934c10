import { z } from 'zod';

/**
 * A zod refinement for a list of texts: each item that repeats an earlier one (the same text once
 * trimmed and Unicode-normalised) is an issue at its own index, e.g. `aliases[2]`. Case is kept:
 * "PBoC" and "PBOC" are two spellings a curator may list.
 */
export function noRepeats(what: string) {
  return (list: string[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const normal = item.trim().normalize('NFC');
      if (seen.has(normal)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `repeats the ${what} "${normal}"` });
      }
      seen.add(normal);
    });
  };
}
