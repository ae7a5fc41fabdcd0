import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DialectName } from '../db/connect.ts';
import type { ModuleMigration } from '../db/migration.ts';
import type { DB } from '../db/schema.ts';
import type { Messages } from '../i18n/index.ts';

/** What every route and job of a module can reach. */
export interface AppContext {
  db: Kysely<DB>;
  dialect: DialectName;
  config: Config;
  /** Secret key material kept in the database (encrypts TOTP seeds, signs audit exports). */
  keys: ServerKeys;
}

export interface ServerKeys {
  /** 32-byte key for AES-256-GCM at rest. */
  encryption: Buffer;
  /** Ed25519 private key (PEM) for signed exports. */
  signingPrivatePem: string;
  signingPublicPem: string;
}

/** A role function a module defines: what a role may do, mapped to roles per organization. */
export interface FunctionDef {
  key: string;
  ja: string;
  en: string;
}

/** A feature module: its schema, messages, functions and routes, wired from inside the module. */
export interface AppModule {
  name: string;
  migrations?: ModuleMigration[];
  messages?: { ja: Messages; en: Messages };
  functions?: FunctionDef[];
  routes?(app: FastifyInstance, ctx: AppContext): void;
}
