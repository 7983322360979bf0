import { Type } from "@fastify/type-provider-typebox";

/** The suggestion is computed from the current cohort; the page takes no parameters. */
export const clustersQuery = Type.Object({});
