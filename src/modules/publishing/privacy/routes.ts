import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { isEmail, text, type FieldErrors } from "../../../platform/forms.ts";
import { requireRole } from "../../../platform/auth/plugin.ts";
import { normaliseEmail } from "../../../platform/auth/service.ts";
import { collectPersonalData, erasePersonalData } from "./collect.ts";
import { ErasedPage, LookupPage } from "./views.tsx";

const lookupQuery = Type.Object({ email: Type.Optional(Type.String()) });
const eraseBody = Type.Object({ email: Type.Optional(Type.String()), bestaetigt: Type.Optional(Type.String()) });

/** A lowercase address, or a German message why it is none. */
function checkEmail(value: unknown): { email: string; errors: FieldErrors } {
  const email = normaliseEmail(text(value));
  if (!email) return { email, errors: { email: "Bitte geben Sie die E-Mail-Adresse ein, zu der Sie Daten suchen." } };
  if (email.length > 254 || !isEmail(email)) return { email: email.slice(0, 254), errors: { email: "Bitte geben Sie eine gültige E-Mail-Adresse ein." } };
  return { email, errors: {} };
}

/** Export and erasure of everything the platform holds about one e-mail address (admins only). */
export async function privacyRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const sources = app.deps.personalData;

  const lookup = async (request: FastifyRequest, reply: FastifyReply, email: string, errors: FieldErrors, status = 200) => {
    const groups = errors.email ? null : await collectPersonalData(db, sources, email);
    return sendPage(reply, LookupPage({ ctx: pageContext(request, reply, { forms: true }), email, errors, groups }), status);
  };

  router.get("/datenschutz/auskunft", { schema: { querystring: lookupQuery } }, async (request, reply) => {
    requireRole(request, "admin");
    if (request.query.email === undefined) return sendPage(reply, LookupPage({ ctx: pageContext(request, reply), email: "", errors: {}, groups: null }));
    const { email, errors } = checkEmail(request.query.email);
    return lookup(request, reply, email, errors, errors.email ? 422 : 200);
  });

  router.get("/datenschutz/auskunft/export", { schema: { querystring: lookupQuery } }, async (request, reply) => {
    requireRole(request, "admin");
    const { email, errors } = checkEmail(request.query.email);
    if (errors.email) return lookup(request, reply, email, errors, 422);
    const groups = await collectPersonalData(db, sources, email);
    const data = { email, erstelltAm: new Date().toISOString(), bereiche: groups.map((g) => ({ bereich: g.label, eintraege: g.records })) };
    return reply
      .header("content-type", "application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="k360-daten-${email.replace(/[^a-z0-9.-]/g, "_")}.json"`)
      .header("cache-control", "private, no-store")
      .send(JSON.stringify(data, null, 2));
  });

  // The result is shown at once instead of after a redirect: it exists only in this response, and sending again erases nothing more.
  router.post("/datenschutz/auskunft/loeschen", { schema: { body: eraseBody } }, async (request, reply) => {
    requireRole(request, "admin");
    const { email, errors } = checkEmail(request.body.email);
    if (!errors.email && request.body.bestaetigt !== "ja") errors.bestaetigt = "Bitte bestätigen Sie, dass die Person die Löschung verlangt hat.";
    if (errors.email || errors.bestaetigt) return lookup(request, reply, email, errors, 422);
    const erased = await erasePersonalData(db, sources, email);
    const remaining = await collectPersonalData(db, sources, email);
    return sendPage(reply, ErasedPage({ ctx: pageContext(request, reply), email, erased, remaining }));
  });
}
