import type { FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { text, type FieldErrors } from "../../../../platform/forms.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import { threadOfArticle, type Thread } from "../queries.ts";
import { receivedNotice } from "../texts.ts";
import { CommentForm } from "./comment-form.tsx";
import { CommentThreads } from "./thread.tsx";

interface SectionProps {
  slug: string;
  commentsOpen: boolean;
  threads: Thread[];
  csrfToken: string | null;
  values: Record<string, string>;
  errors: FieldErrors;
  notice?: string;
}

const countPublished = (threads: Thread[]) =>
  threads.reduce((sum, t) => sum + (t.status === "approved" ? 1 : 0) + t.replies.filter((r) => r.status === "approved").length, 0);

function CommentsSection(props: SectionProps) {
  return (
    <section id="kommentare" class="kern-stack" aria-labelledby="kommentare-titel">
      <h2 class="kern-heading-medium" id="kommentare-titel">
        Kommentare ({countPublished(props.threads)})
      </h2>
      {props.notice && <Alert kind="success" title={props.notice} />}
      {props.threads.length > 0 ? (
        <CommentThreads threads={props.threads} canReply={props.commentsOpen} />
      ) : (
        <p class="kern-body">Noch gibt es keine Kommentare zu diesem Beitrag.</p>
      )}
      {props.commentsOpen ? (
        <CommentForm slug={props.slug} csrfToken={props.csrfToken} threads={props.threads} values={props.values} errors={props.errors} />
      ) : (
        <p class="kern-body">Zu diesem Beitrag können keine Kommentare mehr geschrieben werden.</p>
      )}
    </section>
  );
}

/**
 * The comments area under an article: published comments with their replies, removal notes,
 * the netiquette and the form (with the values and messages of a failed attempt, if any) and its
 * CSRF token.
 * `?antwort=<id>` preselects the comment to reply to; `?kommentar=eingegangen` thanks the writer.
 */
export async function renderComments(
  request: FastifyRequest,
  article: { id: number; slug: string; commentsOpen: boolean },
  csrfToken: string | null,
  form?: { values: Record<string, string>; errors: FieldErrors },
): Promise<VNode> {
  const threads = await threadOfArticle(request.server.deps.database, article.id);
  const query = (request.query ?? {}) as Record<string, unknown>;
  const replyTo = text(query.antwort);
  const notice = text(query.kommentar) === "eingegangen" ? receivedNotice : undefined;
  return CommentsSection({
    slug: article.slug,
    commentsOpen: article.commentsOpen,
    threads,
    csrfToken: article.commentsOpen ? csrfToken : null,
    values: form?.values ?? { commentParent: /^\d{1,9}$/.test(replyTo) ? replyTo : "" },
    errors: form?.errors ?? {},
    notice,
  });
}
