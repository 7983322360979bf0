import { formatNumber } from "../../../platform/numbers.ts";
import { figureTexts } from "../texts.ts";

/** The breadcrumbs of a municipality's forms: home, directory, the profile, the form. */
export const formCrumbs = (municipality: { slug: string; name: string }, label: string) => [
  { label: "Startseite", href: "/" },
  { label: "Kommunen", href: "/kommunen" },
  { label: municipality.name, href: `/kommunen/${municipality.slug}` },
  { label },
];

export type Topic = { slug: string; label: string };

/** A key figure as read in Germany; 0 stands for no figure at hand (the districts of Berlin). */
export const figure = (value: number, digits = 0) => (value > 0 ? formatNumber(value, digits) : figureTexts.none);
