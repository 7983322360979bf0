import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Assets } from "../assets/assets.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Frame, ProfilePart } from "../views/page-context.ts";
import type { PersonalDataSource } from "../personal-data.ts";
import type { AccountLink } from "../auth/account-links.ts";
import type { StartPanel } from "../start/panels.ts";
import type { NotificationKind } from "../notifications/kinds.ts";

export interface Deps {
  config: Config;
  database: Database;
  mailer: Mailer;
  assets: Assets;
  /** The modules' navigation entries and footer parts, shown on every page. */
  frame: Frame;
  /** What the modules hold about a person by e-mail address, for the privacy page's export and erasure. */
  personalData: PersonalDataSource[];
  /** What the modules attach to an account once its owner has confirmed the address. */
  accountLinks: AccountLink[];
  /** The parts of "Mein K360" the modules declare. */
  startPanels: StartPanel[];
  /** The kinds of notifications the modules send, for the settings page. */
  notificationKinds: NotificationKind[];
  /** The sections the modules add to a municipality's profile, in their order. */
  profileParts: ProfilePart[];
}

/** A registered route: method, pattern and the names of its query and body fields. */
export interface RouteEntry {
  method: string;
  url: string;
  queryFields: string[];
  bodyFields: string[];
  /** Query and body fields that take an id (`Id()`). */
  idFields: string[];
}

declare module "fastify" {
  interface FastifyInstance {
    deps: Deps;
    /** Every route the app serves with its schema, for the tests that ask each one as each role and with bad input. */
    routeList: RouteEntry[];
  }
  interface FastifyRequest {
    user: CurrentUser | null;
    /** What waits behind the header's links for this user, by address (platform/views/navigation-counts.ts). */
    navigationCounts: Map<string, number> | null;
  }
  interface FastifyContextConfig {
    /** false: the route takes POSTs without our CSRF token (src/app.ts); say why beside the route. */
    csrf?: boolean;
    /**
     * The route takes a file upload (multipart) from whom this policy lets in; every other route, and
     * every other user, is refused before the body is read (platform/http/uploads.ts).
     */
    uploads?: (user: CurrentUser) => boolean;
  }
}
