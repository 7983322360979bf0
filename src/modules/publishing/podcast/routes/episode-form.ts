import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { chaptersToText } from "../rules/chapters.ts";
import { findEpisode, guestValues, listSeasons, type Episode } from "../queries.ts";
import { notFoundTexts } from "../texts.ts";
import { EpisodeForm } from "../views/episode-form.tsx";
import { listTopics } from "../../../municipalities/index.ts";

type Values = Record<string, string | string[]>;
export interface FormState {
  values: Values;
  errors?: FieldErrors;
  uploadError?: string;
  deleteError?: string;
  notice?: string;
}

/** The episode form as the episode, audio and delete routes show it. */
export function episodeForms(db: Db) {
  async function episodeOf(id: number): Promise<Episode> {
    return (await findEpisode(db, id)) ?? Promise.reject(notFound(notFoundTexts.episode));
  }

  async function showForm(request: FastifyRequest, reply: FastifyReply, episode: Episode | null, state: FormState, status = 200) {
    const [seasons, topics] = await Promise.all([listSeasons(db), listTopics(db)]);
    const props = { ctx: pageContext(request, reply, { forms: true }), episode, seasons, topics, errors: {}, ...state };
    return sendPage(reply, EpisodeForm(props), status);
  }

  /** A stored episode as its form shows it. */
  async function storedValues(entry: Episode): Promise<Values> {
    const { seasonId, number, title, slug, description, transcript, topics, publishedAt } = entry;
    return {
      seasonId: String(seasonId),
      number: String(number),
      title,
      slug,
      description,
      transcript,
      topics,
      chapters: chaptersToText(entry.chapters),
      publishedOn: publishedAt ? todayInGermany(publishedAt) : "",
      ...(await guestValues(db, entry.guests)),
    };
  }

  return { episodeOf, showForm, storedValues };
}
