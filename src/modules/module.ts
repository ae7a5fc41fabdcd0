import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseSource, DialectName } from '../db/connect.ts';
import type { ModuleMigration } from '../db/migration.ts';
import type { DB } from '../db/schema.ts';
import type { Messages } from '../i18n/index.ts';
import type { SchemeActivated } from './classification/index.ts';
import type { ImportTarget } from './imports/index.ts';
import type { JobHandler, Priority, Schedule } from './jobs/index.ts';
import type { Credentials, OffboardingCheck } from './org/index.ts';
import type { AssetLookup, AssetNameLookup, AssetReadable, FileablePicker } from './requests/index.ts';

/** What every route and job of a module can reach. */
export interface AppContext {
  db: Kysely<DB>;
  dialect: DialectName;
  /** How a worker thread opens the same database (none for an in-memory one). */
  dbSource?: DatabaseSource;
  config: Config;
  /** Key material: the encryption key (TOTP seeds) and the signing key kept outside the database. */
  keys: ServerKeys;
}

export interface ServerKeys {
  /** 32-byte key for AES-256-GCM at rest. */
  encryption: Buffer;
  /** Ed25519 private key (PEM) for signed exports and checkpoints; never stored in the database. */
  signingPrivatePem: string;
  signingPublicPem: string;
  /** SHA-256 of the public key (SPKI), first 32 hex digits. */
  signingFingerprint: string;
  /** Public keys (PEM) whose signatures verify: the current key's and retired ones'. */
  trustedSigningKeys: string[];
}

/** A role function a module defines: what a role may do, mapped to roles per organization. */
export interface FunctionDef {
  key: string;
  ja: string;
  en: string;
  /** One line saying what a holder of the function does, in plain words (shown under its name where functions are chosen). */
  description: { ja: string; en: string };
  /** It decides others' requests or permissions: an administrator cannot give it to themselves alone. */
  approves?: boolean;
  /** Setting the body up (organization, policy, scheme, request types): what a hosting administrator may give. */
  setup?: boolean;
}

/**
 * A feature module's manifest: its schema, messages, functions, routes and what it gives the other
 * modules. `src/modules/registry.ts` lists every manifest and wires what they declare; nothing is
 * registered as a side effect of importing a file.
 */
export interface AppModule {
  name: string;
  migrations?: ModuleMigration[];
  messages?: { ja: Messages; en: Messages };
  functions?: FunctionDef[];
  /** Set-up proposals this module makes from an imported policy. */
  proposals?: ProposalProvider;
  /** Work the job queue runs for this module; with `every`, also on that schedule (first run at once). */
  jobs?: ModuleJob[];
  /** Registers of this module that can be filled from an Excel or CSV file. */
  imports?: ImportTarget<unknown>[];
  /** Sections this module adds to what a transferring or retiring person must return (R-E8), by name. */
  offboardingChecks?: Record<string, OffboardingCheck>;
  /** Questions this module answers for the others. */
  lookups?: ModuleLookups;
  /** What this module does, in the same transaction, when another module's event happens. */
  on?: { schemeActivated?: SchemeActivated };
  routes?(app: FastifyInstance, ctx: AppContext): void;
}

/** One kind of job a module hands to the queue. */
export interface ModuleJob {
  kind: string;
  handler: JobHandler;
  /** Seconds between runs, or the next due time after a moment; absent: runs only when enqueued. */
  every?: Schedule;
  /** The scheduled runs' place among due jobs ('normal' unless said). */
  priority?: Priority;
}

/** Answers a module gives to others, declared in its manifest. */
export interface ModuleLookups {
  /** Which asset is this, of what class, and may this person read it (the requests module asks). */
  asset?: { find: AssetLookup; mayRead: AssetReadable; fileable?: FileablePicker; name?: AssetNameLookup };
  /** Passwords and throttling, for org to add people with one-time passwords (auth answers). */
  credentials?: Credentials;
}

/** Something an imported policy asks for, offered to the administrator before anything changes. */
export interface Proposal {
  /** Which provider made it: 'roles', 'classification', 'request_types', 'check_items', … */
  kind: string;
  /** Stable within one policy version, so a decision can be recorded against it. */
  key: string;
  title: string;
  detail: string;
  /** The clause that demands it (R-P1): every accepted item keeps this link. */
  clausePath: string | null;
  payload: unknown;
  /** True when the organization already has an equivalent (accepting again is a no-op). */
  alreadyPresent?: boolean;
}

/**
 * A module that turns a policy analysis into set-up proposals. The policy module lists every
 * provider's proposals on its review screen and calls `accept` for the ones the administrator accepts.
 */
export interface ProposalProvider {
  kind: string;
  propose(
    db: Kysely<DB>,
    organizationId: string,
    analysis: import('./policy/index.ts').PolicyAnalysis,
    policyVersionId: string,
    /** The language titles, details and texts to enter are worded in: the reader's, or the decider's. */
    lang?: import('../i18n/index.ts').Lang,
  ): Promise<Proposal[]>;
  /** Applies one proposal inside the caller's transaction (audit it there) and returns what it created. */
  accept(
    trx: Kysely<DB>,
    actor: import('../shared/actor.ts').Actor,
    proposal: Proposal,
  ): Promise<{ type: string; id: string }>;
}

/** A recurring job that runs `sweep` over the database every `every` seconds (hourly unless said). */
export function sweepJob(
  kind: string,
  sweep: (db: Kysely<DB>) => Promise<unknown>,
  every: Schedule = 3600,
): ModuleJob {
  return {
    kind,
    handler: async (_payload, ctx) => {
      await sweep(ctx.db);
    },
    every,
  };
}

/** A route registrar of a module: the manifest's `routes` or one group of them. */
export type RouteGroup = (app: FastifyInstance, ctx: AppContext) => void;

/** A module's route groups registered in the order given (a group's fixed paths before another's `:id`). */
export function routeGroups(...groups: RouteGroup[]): RouteGroup {
  return (app, ctx) => {
    for (const group of groups) group(app, ctx);
  };
}
