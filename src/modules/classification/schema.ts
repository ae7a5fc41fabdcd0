import { z } from 'zod';

const fnKey = z.string().trim().min(1).max(80);

/** One level of an axis; its position in the list is its rank (first = highest). */
export const levelInput = z.strictObject({
  label: z.string().trim().min(1).max(40),
  definition: z.string().trim().max(2000).nullish(),
  restrictions: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  requiresLockable: z.boolean().default(false),
  requiresOffsite: z.boolean().default(false),
  designators: z.array(fnKey).max(20).default([]),
});

export const axisInput = z.strictObject({
  name: z.string().trim().min(1).max(40),
  levels: z.array(levelInput).min(1).max(20),
});

/** A whole scheme version, as entered by hand or accepted from a policy proposal. */
export const schemeBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    clausePath: z.string().trim().max(200).nullish(),
    axes: z.array(axisInput).min(1).max(10),
  })
  .superRefine((v, ctx) => {
    const names = new Set<string>();
    v.axes.forEach((a, i) => {
      if (names.has(a.name))
        ctx.addIssue({ code: 'custom', path: ['axes', i, 'name'], message: 'duplicate axis' });
      names.add(a.name);
      const labels = new Set<string>();
      a.levels.forEach((l, j) => {
        if (labels.has(l.label))
          ctx.addIssue({
            code: 'custom',
            path: ['axes', i, 'levels', j, 'label'],
            message: 'duplicate level',
          });
        labels.add(l.label);
      });
    });
  });

export type SchemeInput = z.infer<typeof schemeBody>;

export { idParams } from '../../shared/record-id.ts';

export const confirmRemapBody = z.strictObject({ levelId: z.string().trim().min(1).max(64) });
