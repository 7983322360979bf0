import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { Computed, GenerationMemo } from "../cache/memo.ts";
import { renderPage } from "../views/render.ts";
import { csrfToken, sendPage, withTokenMark } from "./pages.ts";

/** A kept page: its HTML split where the CSRF token goes, and the address it belongs at if it has several. */
export interface KeptPage {
  parts: string[];
  address?: string;
}

/**
 * What a page's renderer answers: the page; the address it belongs at where other addresses lead
 * to it too (a profile's AGS with an old or no name); `keep: false` for a page not worth a place.
 */
export interface Rendered {
  page: VNode;
  address?: string;
  keep?: boolean;
}

/** Stands for the CSRF token in a kept page; random per process, so no text of a page can fake it. */
const tokenMark = `csrf-${randomBytes(16).toString("hex")}`;

/** The page's own address when the request came by another one (a permanent redirect). */
function elsewhere(request: FastifyRequest, address: string | undefined): string | undefined {
  return address !== undefined && address !== request.url.split("?")[0] ? address : undefined;
}

/**
 * Sends a page that is the same for every anonymous reader: rendered once, kept in `memo` under
 * `key` (see GenerationMemo for when it is rendered again) and completed per response with a
 * fresh CSRF token for its forms (while it is rendered to be kept, `csrfToken` and `pageContext`
 * give a mark instead). `until` tells when a kept page ends without any write; it is asked only
 * when a page is kept. Logged-in users, and requests the caller marks as not `cacheable`
 * (messages, preselections), get the page rendered for them.
 */
export async function sendCachedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: { memo: GenerationMemo<string, KeptPage>; key: string; cacheable: boolean; until?: () => Promise<number | undefined> },
  render: () => Promise<Rendered>,
): Promise<FastifyReply> {
  if (request.user || !cache.cacheable) {
    const rendered = await render();
    const moved = elsewhere(request, rendered.address);
    return moved ? reply.redirect(moved, 301) : sendPage(reply, rendered.page);
  }
  // The page's links (sign in and come back, report a barrier on this page) name the address it was
  // rendered for: rendered for another address, it answers this request but is not kept for others.
  const renderToKeep = async (): Promise<Computed<KeptPage>> => {
    const { page, address, keep } = await render();
    return { value: { parts: renderPage(page).split(tokenMark), address }, keep: keep !== false && elsewhere(request, address) === undefined };
  };
  const kept = await cache.memo.get(request.server.deps.database, cache.key, async () => {
    const [computed, until] = await Promise.all([withTokenMark(reply, tokenMark, renderToKeep), cache.until?.()]);
    return { ...computed, until };
  });
  const moved = elsewhere(request, kept.address);
  if (moved) return reply.redirect(moved, 301);
  const html = kept.parts.length === 1 ? kept.parts[0] : kept.parts.join(csrfToken(reply));
  return reply.code(200).type("text/html; charset=utf-8").send(html);
}
