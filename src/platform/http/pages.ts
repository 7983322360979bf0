import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderPage } from "../views/render.ts";
import type { PageContext } from "../views/page-context.ts";

const tokens = new WeakMap<FastifyReply, string>();

/**
 * One CSRF token per response: without a `_csrf` cookie every new token would bring a new secret,
 * and only the last cookie set would match, breaking the other forms of the same page.
 */
export function csrfToken(reply: FastifyReply): string {
  const known = tokens.get(reply);
  if (known) return known;
  const token = reply.generateCsrf();
  tokens.set(reply, token);
  return token;
}

/**
 * Runs `make` with `mark` as this response's CSRF token, so that a page kept for every reader
 * holds the mark where each response later puts its own token, and no reader's token is kept.
 */
export async function withTokenMark<T>(reply: FastifyReply, mark: string, make: () => Promise<T>): Promise<T> {
  const own = tokens.get(reply);
  tokens.set(reply, mark);
  try {
    return await make();
  } finally {
    if (own) tokens.set(reply, own);
    else tokens.delete(reply);
  }
}

/** The layout's view of this request. A CSRF token is made when the page has forms or a user is logged in (logout). */
export function pageContext(request: FastifyRequest, reply: FastifyReply, options: { forms?: boolean } = {}): PageContext {
  const needsToken = options.forms === true || request.user !== null;
  return { ...contextWithoutToken(request), csrfToken: needsToken ? csrfToken(reply) : null };
}

/** The page context with no form token: for the error page, which must render even when making a token fails. */
export function contextWithoutToken(request: FastifyRequest): PageContext {
  return {
    path: request.url.split("?")[0],
    user: request.user,
    stylesheet: request.server.deps.assets.stylesheet,
    csrfToken: null,
    frame: request.server.deps.frame,
    counts: request.navigationCounts ?? new Map(),
  };
}

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  if (reply.request.user) reply.header("cache-control", "private, no-store");
  return reply.code(status).type("text/html; charset=utf-8").send(renderPage(page));
}

/** After a successful POST: go to the page that shows the result (303 so the browser asks with GET). */
export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
