import type { VNode } from "preact";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { Profile } from "../schemas.ts";
import { density, kinds, states, type Kind } from "../reference.ts";
import type { Peer } from "../queries/peers.ts";
import { formatDay } from "../../../platform/dates.ts";
import { figure } from "./parts.ts";
import { figureTexts } from "../texts.ts";
import { ProjectCard, Tags } from "./project-card.tsx";
import { YouthOffice } from "./youth-office.tsx";

export interface ProfilePermissions {
  canEdit: boolean;
  canManagePeople: boolean;
}

function Heading({ profile: profile }: { profile: Profile }) {
  return (
    <>
      <h1 class="kern-heading-large">
        {profile.name}
        {profile.isFellow && (
          <>
            {" "}
            <span class="kern-badge kern-badge--info">
              <span class="kern-label">Fellow-Kommune</span>
            </span>
          </>
        )}
      </h1>
      <p class="kern-preline">
        {kinds[profile.kind as Kind] ?? profile.kind} in {states[profile.stateCode]}
      </p>
    </>
  );
}

function Actions({ slug, permissions }: { slug: string; permissions: ProfilePermissions }) {
  const links = [
    permissions.canEdit && { href: `/kommunen/${slug}/bearbeiten`, label: "Profil bearbeiten" },
    permissions.canEdit && { href: `/kommunen/${slug}/vorhaben/neu`, label: "Vorhaben anlegen" },
    permissions.canManagePeople && { href: `/kommunen/${slug}/personen/neu`, label: "Person hinzufügen" },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  return (
    <ul class="kern-list kern-list--horizontal">
      {links.map((link) => (
        <li>
          <a class="kern-link" href={link.href}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function FiguresDate({ profile }: { profile: Profile }) {
  if (profile.kind === "bezirk") return <p class="kern-body kern-body--small">{figureTexts.noneForDistricts}</p>;
  const asOf = profile.figuresAsOf ? figureTexts.asOf(formatDay(profile.figuresAsOf)) : figureTexts.unknownDate;
  return (
    <p class="kern-body kern-body--small">
      {figureTexts.source}, {asOf}.
    </p>
  );
}

function Children({ children }: { children: Profile["children"] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 class="kern-heading-small">{children.every((child) => child.kind === "bezirk") ? figureTexts.districts : figureTexts.towns}</h3>
      <ul class="kern-list">
        {children.map((child) => (
          <li>
            <a class="kern-link" href={`/kommunen/${child.slug}`}>
              {child.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Facts({ profile: profile }: { profile: Profile }) {
  return (
    <>
      <h2 class="kern-heading-medium">Kennzahlen</h2>
      <dl class="k360-facts">
        <dt>Amtlicher Gemeindeschlüssel</dt>
        <dd>{profile.ags}</dd>
        <dt>Amtlicher Name</dt>
        <dd>{profile.officialName}</dd>
        <dt>Einwohner:innen</dt>
        <dd>{figure(profile.population)}</dd>
        <dt>Fläche</dt>
        <dd>{profile.areaKm2 > 0 ? `${figure(profile.areaKm2, 1)} km²` : figure(0)}</dd>
        <dt>Bevölkerungsdichte</dt>
        <dd>{profile.areaKm2 > 0 && profile.population > 0 ? `${figure(density(profile.population, profile.areaKm2))} Einwohner:innen je km²` : figure(0)}</dd>
        {profile.parent && (
          <>
            <dt>Gehört zu</dt>
            <dd>
              <a class="kern-link" href={`/kommunen/${profile.parent.slug}`}>
                {profile.parent.name}
              </a>
            </dd>
          </>
        )}
      </dl>
      <FiguresDate profile={profile} />
      <Children children={profile.children} />
    </>
  );
}

function People({ people }: { people: Profile["people"] }) {
  return (
    <>
      <h2 class="kern-heading-medium">Personen</h2>
      {people.length === 0 ? (
        <p class="kern-body">Es sind keine Personen öffentlich eingetragen.</p>
      ) : (
        <ul class="kern-list">
          {people.map((person) => (
            <li>
              <strong>{person.name}</strong>
              {person.jobTitle && `, ${person.jobTitle}`}
              {person.isExample && " (Beispielperson, erfunden)"}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Peers({ peers }: { peers: Peer[] }) {
  if (peers.length === 0) return null;
  return (
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
  );
}

export interface ProfilePageProps {
  ctx: PageContext;
  profile: Profile;
  permissions: ProfilePermissions;
  saved?: boolean;
  peers: Peer[];
  /** The sections other modules add (tandem, practice reports). */
  parts: VNode[];
}

export function ProfilePage({ ctx, profile: profile, permissions, saved, peers, parts }: ProfilePageProps) {
  return (
    <Layout ctx={ctx} title={profile.name} crumbs={[{ label: "Startseite", href: "/" }, { label: "Kommunen", href: "/kommunen" }, { label: profile.name }]}>
      {saved && <Alert kind="success" title="Ihre Änderungen sind gespeichert." />}
      <Heading profile={profile} />
      <Actions slug={profile.slug} permissions={permissions} />
      {profile.description && <p class="kern-body kern-body--large">{profile.description}</p>}
      <Facts profile={profile} />
      <YouthOffice profile={profile} />
      <p class="kern-body">
        Ist das Ihr Jugendamt?{" "}
        <a class="kern-link" href={`/zugang-beantragen?kommune=${profile.ags}`}>
          Zugang beantragen
        </a>
      </p>
      {profile.topics.length > 0 && (
        <>
          <h2 class="kern-heading-medium">Themen</h2>
          <Tags topics={profile.topics} />
        </>
      )}
      {parts}
      <People people={profile.people} />
      <h2 class="kern-heading-medium">Vorhaben</h2>
      {profile.projects.length === 0 ? (
        <p class="kern-body">Für diese Kommune ist noch kein Vorhaben eingetragen.</p>
      ) : (
        <div class="kern-stack">
          {profile.projects.map((project) => (
            <ProjectCard project={project} slug={profile.slug} canEdit={permissions.canEdit} />
          ))}
        </div>
      )}
      <Peers peers={peers} />
      <p class="kern-body kern-body--small">Zuletzt geändert am {formatDay(profile.updatedAt.slice(0, 10))}.</p>
    </Layout>
  );
}
