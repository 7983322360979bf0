import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import type { ArticleCard } from "../queries/articles.ts";
import { ArticleTeaser, magazineCrumbs } from "./parts.tsx";

export interface AuthorPageProps {
  ctx: PageContext;
  author: { id: number; name: string; role: string; bio: string };
  articles: ArticleCard[];
  canEdit: boolean;
}

/** An author's profile with their articles. The e-mail address is never shown. */
export function AuthorPage(props: AuthorPageProps) {
  const author = props.author;
  return (
    <Layout ctx={props.ctx} title={author.name} crumbs={magazineCrumbs({ label: author.name })}>
      <h1 class="kern-heading-large">{author.name}</h1>
      {author.role && <p class="kern-preline">{author.role}</p>}
      {author.bio
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((p) => (
          <p class="kern-body k360-mail">{p}</p>
        ))}
      {props.canEdit && (
        <p class="kern-body">
          <a class="kern-link" href={`/magazin/redaktion/autorinnen/${author.id}`}>
            Angaben zu {author.name} bearbeiten
          </a>
        </p>
      )}
      <h2 class="kern-heading-medium">Beiträge von {author.name}</h2>
      {props.articles.length === 0 ? (
        <p class="kern-body">Noch keine veröffentlichten Beiträge.</p>
      ) : (
        <div class="kern-stack">
          {props.articles.map((article) => (
            <ArticleTeaser article={article} level={3} withTags />
          ))}
        </div>
      )}
    </Layout>
  );
}
