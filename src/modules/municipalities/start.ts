import type { CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";
import type { StartPanel } from "../../platform/start/panels.ts";
import { findPeers } from "./queries/peers.ts";
import { findMunicipalityById } from "./queries/lookups.ts";
import { startTexts as texts } from "./texts.ts";

const ofMunicipality = (user: CurrentUser) => isMemberRole(user.role) && user.municipalityId !== null;

/** The municipalities' part of "Mein K360": peers that work on what the member's municipality works on. */
export const startPanels: StartPanel[] = [
  {
    key: "municipality-peers",
    order: 60,
    shownTo: ofMunicipality,
    async load(db, user) {
      const own = await findMunicipalityById(db, user.municipalityId!);
      if (!own) return null;
      const peers = await findPeers(db, own.id);
      return {
        heading: texts.peers,
        items: peers.map((p) => ({ label: p.name, href: `/kommunen/${p.slug}`, detail: p.reasons.join("; ") })),
        empty: texts.noPeers,
        more: { label: texts.ownProfile(own.name), href: `/kommunen/${own.slug}` },
      };
    },
  },
];
