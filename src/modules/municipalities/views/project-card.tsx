import type { ChangeProject } from "../schemas.ts";
import { phases, type Phase } from "../reference.ts";
import { formatDay } from "../../../platform/dates.ts";

export function Tags({ topics }: { topics: { slug: string; label: string }[] }) {
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

function ProjectDetails({ project }: { project: ChangeProject }) {
  return (
    <section class="kern-card__body kern-stack">
      {project.summary && <p class="kern-body">{project.summary}</p>}
      {project.goals.length > 0 && (
        <>
          <h4 class="kern-heading-small">Ziele</h4>
          <ul class="kern-list kern-list--bullet">
            {project.goals.map((goal) => (
              <li>{goal}</li>
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
            {project.milestones.map((milestone) => (
              <li>
                {milestone.dueOn ? `${formatDay(milestone.dueOn)}: ` : ""}
                {milestone.title} – <strong>{milestone.done ? "erreicht" : "offen"}</strong>
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
  );
}

/** A change project on its municipality's profile, with a link to its form for those who may edit it. */
export function ProjectCard({ project, slug, canEdit }: { project: ChangeProject; slug: string; canEdit: boolean }) {
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
        <ProjectDetails project={project} />
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
