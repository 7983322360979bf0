import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { createHash } from "node:crypto";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { notFound } from "../../../../platform/errors.ts";
import { currentProgram } from "../../queries/events.ts";
import { completedPaths } from "../queries.ts";
import { renderCertificate } from "../views/certificate.ts";
import { todayInGermany, formatDays } from "../../../../platform/dates.ts";
import { certificateParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { certificateTexts, pathTitles } from "../texts.ts";
import { listMunicipalitiesByIds } from "../../../municipalities/index.ts";

export async function certificateRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/mein-programm/bescheinigung/:formatId.pdf", { schema: { params: certificateParams } }, async (request, reply) => {
    const user = requireUser(request);
    const program = await currentProgram(db);
    const path = program && (await completedPaths(db, program.id, user.id)).find((p) => p.formatId === request.params.formatId);
    if (!program || !path || !policies.receiveCertificate(user, path)) throw notFound(certificateTexts.notFound);
    const [municipality] = user.municipalityId ? await listMunicipalitiesByIds(db, [user.municipalityId]) : [];
    const certificateId = createHash("sha256").update(`${program.id}:${path.formatId}:${user.id}`).digest("hex").slice(0, 12).toUpperCase();
    const pdf = await renderCertificate({
      personName: user.name,
      municipalityName: municipality?.name ?? "",
      pathTitle: pathTitles[path.title] ?? path.title,
      programTitle: program.title,
      modules: path.modules.map((e) => ({
        number: e.moduleNumber ?? 0,
        title: e.title.split(": ").slice(1).join(": ") || `Modul ${e.moduleNumber}`,
        dates: [formatDays(e.days.map((d) => d.date))],
      })),
      place: path.modules[0].place.replace(/\s*\(.*\)$/, ""),
      issuedOn: formatDays([todayInGermany()]),
      certificateId: `K360-${certificateId}`,
    });
    return reply.type("application/pdf").header("content-disposition", `attachment; filename="teilnahmebescheinigung-${path.formatId}.pdf"`).send(pdf);
  });
}
