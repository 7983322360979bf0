import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Assets } from "../assets/assets.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import type { Frame, ProfilePart } from "../views/page-context.ts";
import type { PersonalDataSource } from "../personal-data.ts";

export interface Deps {
  config: Config;
  database: Database;
  mailer: Mailer;
  assets: Assets;
  /** The modules' navigation entries and footer parts, shown on every page. */
  frame: Frame;
  /** What the modules hold about a person by e-mail address, for the privacy page's export and erasure. */
  personalData: PersonalDataSource[];
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
