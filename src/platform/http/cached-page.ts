import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { Computed, GenerationMemo } from "../cache/memo.ts";
import { renderPage } from "../views/render.ts";
import { csrfToken, sendPage } from "./pages.ts";

/** A kept page: its HTML split where the CSRF token goes, or the permanent new address of what was asked for. */
export type KeptPage = { parts: string[] } | { movedTo: string };

/** What a page's renderer answers: the page, or where it has moved for good (an old name in the address). */
export type Rendered = Computed<VNode> | { movedTo: string };

/** Stands for the CSRF token in a kept page; random per process, so no text of a page can fake it. */
const tokenMark = `csrf-${randomBytes(16).toString("hex")}`;

function send(reply: FastifyReply, kept: KeptPage): FastifyReply {
  if ("movedTo" in kept) return reply.redirect(kept.movedTo, 301);
  const html = kept.parts.length === 1 ? kept.parts[0] : kept.parts.join(csrfToken(reply));
  return reply.code(200).type("text/html; charset=utf-8").send(html);
}

/**
 * Sends a page that is the same for every anonymous reader: rendered once, kept in `memo` under
 * `key` (see GenerationMemo for when it is rendered again) and completed per response with a
 * fresh CSRF token for its forms. Logged-in users, and requests the caller marks as not
 * `cacheable` (messages, preselections), get the page rendered for them.
 * `render` gets the token to put into the page's forms.
 */
export async function sendCachedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: { memo: GenerationMemo<string, KeptPage>; key: string; cacheable: boolean },
  render: (csrfToken: string) => Promise<Rendered>,
): Promise<FastifyReply> {
  if (request.user || !cache.cacheable) {
    const rendered = await render(csrfToken(reply));
    return "movedTo" in rendered ? send(reply, rendered) : sendPage(reply, rendered.value);
  }
  const kept = await cache.memo.get(request.server.deps.database, cache.key, async () => {
    const rendered = await render(tokenMark);
    if ("movedTo" in rendered) return { value: rendered };
    return { value: { parts: renderPage(rendered.value).split(tokenMark) }, until: rendered.until };
  });
  return send(reply, kept);
}
