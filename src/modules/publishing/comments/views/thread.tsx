import type { PublicComment, Thread } from "../queries.ts";
import { editedNote, erasedNote, removedNote } from "../texts.ts";
import { formatDateTime } from "../../../../platform/dates.ts";

/** A commenter's text as plain text: blank lines make paragraphs, single line breaks stay. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph) => (
        <p>
          {paragraph.split("\n").map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

function CommentBody({ c: publicComment, replyHref }: { c: PublicComment; replyHref: string | null }) {
  if (publicComment.status === "removed") {
    return (
      <article class="k360-comment" aria-label="Entfernter Kommentar">
        <p>
          <em>{publicComment.erased ? erasedNote : removedNote}</em>
        </p>
      </article>
    );
  }
  return (
    <article class="k360-comment" aria-label={`Kommentar von ${publicComment.name}`}>
      <p>
        <strong>{publicComment.name}</strong> schrieb am <time dateTime={publicComment.createdAt.toISOString()}>{formatDateTime(publicComment.createdAt)}</time>
        :
      </p>
      <PlainText text={publicComment.body} />
      {publicComment.editedByModeration && (
        <p class="kern-body kern-body--small">
          <em>{editedNote}</em>
        </p>
      )}
      {replyHref && (
        <p>
          <a class="kern-link" href={replyHref}>
            Antworten<span class="kern-sr-only"> auf den Kommentar von {publicComment.name}</span>
          </a>
        </p>
      )}
    </article>
  );
}

/** The published comments of an article with their replies, one level deep; reply links stay on the article's address. */
export function CommentThreads({ threads, canReply }: { threads: Thread[]; canReply: boolean }) {
  return (
    <ol class="k360-hits k360-comments">
      {threads.map((t) => (
        <li id={`kommentar-${t.id}`}>
          <CommentBody c={t} replyHref={canReply && t.status === "approved" ? `?antwort=${t.id}#kommentar-formular` : null} />
          {t.replies.length > 0 && (
            <ol class="k360-hits k360-comments--replies">
              {t.replies.map((r) => (
                <li id={`kommentar-${r.id}`}>
                  <CommentBody c={r} replyHref={null} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
