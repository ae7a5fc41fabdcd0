/**
 * What the seed enters, read from `src/demo/data/*.json`: the names the operators' organization starts
 * with, and the sample organizations, fictional bodies whose data is Japanese by nature. A duty list shared by both (`@officer_oversight`, `@manager_duties`)
 * is written by its name in a role's functions; `notes` say where in the sample policy each choice comes from.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { type DemoOrganization, MANAGER_DUTIES, OFFICER_OVERSIGHT } from './setup-org.ts';

const SHARED: Record<string, string[]> = {
  '@officer_oversight': OFFICER_OVERSIGHT,
  '@manager_duties': MANAGER_DUTIES,
};

const text = z.string().min(1);

const organization = z.strictObject({
  notes: z.array(z.string()).optional(),
  code: text,
  name: text,
  policyFile: text,
  units: z.array(z.strictObject({ key: text, name: text, kind: text, parent: text.nullable() })),
  functions: z.record(text, z.array(text)).optional(),
  assets: z
    .array(
      z.strictObject({
        assetNo: text,
        name: text,
        kind: z.enum(['information', 'paper', 'system', 'device', 'medium']),
        unit: text,
        level: text,
      }),
    )
    .optional(),
  head: z.strictObject({ loginId: text, label: text }).optional(),
  users: z.array(
    z.strictObject({
      loginId: text,
      displayName: text,
      post: text,
      unit: text,
      role: text.nullable(),
      roleUnit: text.optional(),
    }),
  ),
});

/** One organization's data file, with the shared duty lists expanded. */
export function loadDemoOrganization(file: URL): DemoOrganization {
  const { notes: _notes, functions, ...data } = organization.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!functions) return data;
  const expanded = Object.entries(functions).map(([role, fns]) => [
    role,
    fns.flatMap((f) => SHARED[f] ?? [f]),
  ]);
  return { ...data, functions: Object.fromEntries(expanded) };
}

/** 萩・長門清掃一部事務組合, from sample policy 001. */
export const hagiNagato = loadDemoOrganization(new URL('./data/hagi-nagato.json', import.meta.url));

/** 花巻市, from sample policy 003. */
export const hanamaki = loadDemoOrganization(new URL('./data/hanamaki.json', import.meta.url));

const operatorNames = z.strictObject({
  notes: z.array(z.string()).optional(),
  organizationName: text,
  adminDisplayName: text,
});

/** The names the hosting administrators' organization and its first administrator start with. */
export const operators = operatorNames.parse(
  JSON.parse(fs.readFileSync(new URL('./data/operators.json', import.meta.url), 'utf8')),
);
