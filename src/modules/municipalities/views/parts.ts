/** The breadcrumbs of a municipality's forms: home, directory, the profile, the form. */
export const formCrumbs = (municipality: { slug: string; name: string }, label: string) => [
  { label: "Startseite", href: "/" },
  { label: "Kommunen", href: "/kommunen" },
  { label: municipality.name, href: `/kommunen/${municipality.slug}` },
  { label },
];

export type Topic = { slug: string; label: string };
