import type { FastifyPluginAsync } from "fastify";
import type { Table } from "drizzle-orm";
import type { Database, Db } from "../db/client.ts";
import type { Task } from "../platform/tasks.ts";
import type { PersonalDataSource } from "../platform/personal-data.ts";
import type { FooterPart, NavigationEntry, ProfilePart } from "../platform/views/page-context.ts";
import type { Progress } from "../platform/progress.ts";
import type { CurrentUser } from "../platform/auth/current-user.ts";
import type { AccountLink } from "../platform/auth/account-links.ts";
import type { StartPanel } from "../platform/start/panels.ts";
import type { NotificationKind } from "../platform/notifications/kinds.ts";

/** Loads a module's data into a database; each seed adds only what is missing, so it may run on every start. */
export type Seed = (db: Db, progress: Progress) => Promise<void>;

/** A command of the module on the terminal: `k360 <name> <subcommand> …`; returns the exit code. Errors it throws are shown as they are. */
export interface CliCommand {
  name: string;
  /** The lines of the usage text. */
  usage: string;
  run(database: Database, args: string[], progress: Progress): Promise<number>;
}

/** Puts all of a module's searchable things into the (empty) search index. */
export interface SearchSource {
  /** What the documents are, in German, for the progress line. */
  label: string;
  indexAll(db: Db): Promise<void>;
}

/** A policy: a yes/no answer about a user, an action and (where there is one) a resource. */
export type Policy = (user: CurrentUser | null, ...resource: never[]) => boolean;

/**
 * What a module brings to the platform (ADR 0009). `src/modules/index.ts` lists the manifests in
 * the order of their dependencies; app.ts, setup.ts, the layout, the privacy page and the test
 * template read them and name no module.
 */
export interface ModuleManifest {
  name: string;
  /** The module's routes, as one Fastify plugin. */
  routes: FastifyPluginAsync;
  /** Links in the main navigation, the footer and beside the signed-in user's name. */
  navigation: NavigationEntry[];
  /** Reference data every installation needs, and demo data for a first start with SEED_DEMO. */
  seeds: { reference?: Seed; demo?: Seed };
  /** The module's Drizzle tables (drizzle.config.ts finds the same files). */
  tables: Record<string, Table>;
  /** The module's policies, for other modules that decide by them. */
  policies: Record<string, Policy>;
  /** What the module holds about a person by e-mail address, for export and erasure. */
  personalData: PersonalDataSource[];
  /** Background work while the platform runs (started by `k360 serve`). */
  tasks: Task[];
  /** What the module puts into the platform's search index. */
  search: SearchSource[];
  /** Parts of the footer of every page (the newsletter box). */
  footer: FooterPart[];
  /** What the module attaches to an account once its owner has confirmed the address (earlier registrations, a subscription). */
  accountLinks?: AccountLink[];
  /** Panels of "Mein K360": what concerns a person now (ADR 0010). */
  startPanels?: StartPanel[];
  /** Kinds of e-mail notifications the module's commands send with `notify` (ADR 0010). */
  notifications?: NotificationKind[];
  /** Commands on the terminal (`k360 planning import-values …`). */
  cli?: CliCommand[];
  /** Sections of a municipality's profile that the module contributes (the municipalities module comes first and cannot read them itself). */
  profileParts?: ProfilePart[];
}
