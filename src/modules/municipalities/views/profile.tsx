import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { ChangeProject, Profile } from "../profile.ts";
import { density, kinds, phases, states, tandemRoles, type Kind, type Phase, type TandemRole } from "../reference.ts";
import type { Peer } from "../peers.ts";
import { formatDay } from "../../../platform/dates.ts";
import { formatNumber } from "../../../platform/numbers.ts";

export interface ProfilePermissions {
  canEdit: boolean;
  canManagePeople: boolean;
}

function Tags({ topics }: { topics: { slug: string; label: string }[] }) {
  return (
    <ul class="k360-tags">
      {topics.map((t) => (
        <li>
          <a class="kern-link" href={`/kommunen?thema=${t.slug}`}>
            {t.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Project({ project, slug, canEdit }: { project: ChangeProject; slug: string; canEdit: boolean }) {
  const headingId = `vorhaben-${project.id}`;
  return (
    <article class="kern-card" aria-labelledby={headingId}>
      <div class="kern-card__container">
        <header class="kern-card__header">
          <hgroup>
            <h3 class="kern-title" id={headingId}>
              {project.title}
            </h3>
            <p class="kern-preline">
              Phase: {phases[project.phase as Phase] ?? project.phase}
              {project.startsOn && ` · ${formatDay(project.startsOn)}${project.endsOn ? ` bis ${formatDay(project.endsOn)}` : ""}`}
            </p>
          </hgroup>
        </header>
        <section class="kern-card__body kern-stack">
          {project.summary && <p class="kern-body">{project.summary}</p>}
          {project.goals.length > 0 && (
            <>
              <h4 class="kern-heading-small">Ziele</h4>
              <ul class="kern-list kern-list--bullet">
                {project.goals.map((g) => (
                  <li>{g}</li>
                ))}
              </ul>
            </>
          )}
          {project.topics.length > 0 && (
            <>
              <h4 class="kern-heading-small">Themen</h4>
              <Tags topics={project.topics} />
            </>
          )}
          {project.milestones.length > 0 && (
            <>
              <h4 class="kern-heading-small">Meilensteine</h4>
              <ul class="kern-list">
                {project.milestones.map((ms) => (
                  <li>
                    {ms.dueOn ? `${formatDay(ms.dueOn)}: ` : ""}
                    {ms.title} – <strong>{ms.done ? "erreicht" : "offen"}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          {project.learnings && (
            <>
              <h4 class="kern-heading-small">Erkenntnisse</h4>
              <p class="kern-body">{project.learnings}</p>
            </>
          )}
        </section>
        {canEdit && (
          <footer class="kern-card__footer">
            <a class="kern-link" href={`/kommunen/${slug}/vorhaben/${project.id}/bearbeiten`}>
              Vorhaben „{project.title}“ bearbeiten
            </a>
          </footer>
        )}
      </div>
    </article>
  );
}

export function ProfilePage({
  ctx,
  profile: p,
  permissions,
  saved,
  peers,
}: {
  ctx: PageContext;
  profile: Profile;
  permissions: ProfilePermissions;
  saved?: boolean;
  peers: Peer[];
}) {
  const tandem = p.people.filter((person) => person.tandemRole);
  const others = p.people.filter((person) => !person.tandemRole);
  return (
    <Layout ctx={ctx} title={p.name} crumbs={[{ label: "Startseite", href: "/" }, { label: "Kommunen", href: "/kommunen" }, { label: p.name }]}>
      {saved && <Alert kind="success" title="Ihre Änderungen sind gespeichert." />}
      <h1 class="kern-heading-large">
        {p.name}
        {p.isFellow && (
          <>
            {" "}
            <span class="kern-badge kern-badge--info">
              <span class="kern-label">Fellow-Kommune</span>
            </span>
          </>
        )}
      </h1>
      <p class="kern-preline">
        {kinds[p.kind as Kind] ?? p.kind} in {states[p.stateCode]}
      </p>
      {(permissions.canEdit || permissions.canManagePeople) && (
        <ul class="kern-list kern-list--horizontal">
          {permissions.canEdit && (
            <li>
              <a class="kern-link" href={`/kommunen/${p.slug}/bearbeiten`}>
                Profil bearbeiten
              </a>
            </li>
          )}
          {permissions.canEdit && (
            <li>
              <a class="kern-link" href={`/kommunen/${p.slug}/vorhaben/neu`}>
                Vorhaben anlegen
              </a>
            </li>
          )}
          {permissions.canManagePeople && (
            <li>
              <a class="kern-link" href={`/kommunen/${p.slug}/personen/neu`}>
                Person hinzufügen
              </a>
            </li>
          )}
        </ul>
      )}
      {p.description && <p class="kern-body kern-body--large">{p.description}</p>}

      <h2 class="kern-heading-medium">Kennzahlen</h2>
      <dl class="k360-facts">
        <dt>Amtlicher Gemeindeschlüssel</dt>
        <dd>{p.ags}</dd>
        <dt>Amtlicher Name</dt>
        <dd>{p.officialName}</dd>
        <dt>Einwohner:innen</dt>
        <dd>{formatNumber(p.population)}</dd>
        <dt>Fläche</dt>
        <dd>{formatNumber(p.areaKm2, 1)} km²</dd>
        <dt>Bevölkerungsdichte</dt>
        <dd>{formatNumber(density(p.population, p.areaKm2))} Einwohner:innen je km²</dd>
        {p.parent && (
          <>
            <dt>Gehört zu</dt>
            <dd>
              <a class="kern-link" href={`/kommunen/${p.parent.slug}`}>
                {p.parent.name}
              </a>
            </dd>
          </>
        )}
      </dl>
      {p.children.length > 0 && (
        <>
          <h3 class="kern-heading-small">Kreisangehörige Städte mit eigenem Jugendamt</h3>
          <ul class="kern-list">
            {p.children.map((c) => (
              <li>
                <a class="kern-link" href={`/kommunen/${c.slug}`}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 class="kern-heading-medium">Jugendamt</h2>
      {p.youthOfficeName || p.youthOfficeAddress || p.youthOfficeWebsite ? (
        <dl class="k360-facts">
          {p.youthOfficeName && (
            <>
              <dt>Name</dt>
              <dd>{p.youthOfficeName}</dd>
            </>
          )}
          {p.youthOfficeAddress && (
            <>
              <dt>Anschrift</dt>
              <dd>{p.youthOfficeAddress}</dd>
            </>
          )}
          {p.youthOfficeWebsite && (
            <>
              <dt>Website</dt>
              <dd>
                <a class="kern-link" href={p.youthOfficeWebsite} rel="noopener noreferrer">
                  {p.youthOfficeWebsite}
                </a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p class="kern-body">Zum Jugendamt liegen noch keine Angaben vor.</p>
      )}

      {p.topics.length > 0 && (
        <>
          <h2 class="kern-heading-medium">Themen</h2>
          <Tags topics={p.topics} />
        </>
      )}

      <h2 class="kern-heading-medium">Personen</h2>
      {p.people.length === 0 ? (
        <p class="kern-body">Es sind keine Personen öffentlich eingetragen.</p>
      ) : (
        <ul class="kern-list">
          {[...tandem, ...others].map((person) => (
            <li>
              <strong>{person.name}</strong>
              {person.jobTitle && `, ${person.jobTitle}`}
              {person.tandemRole && ` – ${tandemRoles[person.tandemRole as TandemRole] ?? ""}`}
              {person.isExample && " (Beispielperson, erfunden)"}
            </li>
          ))}
        </ul>
      )}

      <h2 class="kern-heading-medium">Vorhaben</h2>
      {p.projects.length === 0 ? (
        <p class="kern-body">Für diese Kommune ist noch kein Vorhaben eingetragen.</p>
      ) : (
        <div class="kern-stack">
          {p.projects.map((project) => (
            <Project project={project} slug={p.slug} canEdit={permissions.canEdit} />
          ))}
        </div>
      )}
      {peers.length > 0 && (
        <section aria-labelledby="aehnliche">
          <h2 class="kern-heading-medium" id="aehnliche">
            Kommunen, die Ähnliches bewegt
          </h2>
          <ul class="kern-list">
            {peers.map((peer) => (
              <li>
                <a class="kern-link" href={`/kommunen/${peer.slug}`}>
                  {peer.name}
                </a>
                : {peer.reasons.join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="kern-body kern-body--small">
        Kennzahlen: Statistisches Bundesamt, Gemeindeverzeichnis, Stand 31.12.2018. Zuletzt geändert am {formatDay(p.updatedAt.slice(0, 10))}.
      </p>
    </Layout>
  );
}
