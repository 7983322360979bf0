import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Assets } from "../assets/assets.ts";
import type { CurrentUser } from "../auth/current-user.ts";
import type { FooterPart } from "../views/page-context.ts";

export interface Deps {
  config: Config;
  database: Database;
  mailer: Mailer;
  assets: Assets;
  /** Parts a module adds to the footer of every page (the newsletter box). */
  footerParts: FooterPart[];
}

declare module "fastify" {
  interface FastifyInstance {
    deps: Deps;
    /** Every route the app serves, for the permission test that asks each one as each role. */
    routeList: { method: string; url: string }[];
  }
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}
