import { formatDay } from "../../../../platform/dates.ts";
import { profileTandemTexts as texts, tandemRoles } from "../texts.ts";

export interface TandemSeat {
  name: string;
  role: string;
  fromDate: string;
  isExample: boolean;
}

/** Who is in the municipality's tandem today (a section of a Fellow municipality's profile). */
export function ProfileTandem({ seats }: { seats: TandemSeat[] }) {
  return (
    <section aria-labelledby="tandem">
      <h2 class="kern-heading-medium" id="tandem">
        {texts.heading}
      </h2>
      <ul class="kern-list">
        {seats.map((seat) => (
          <li>
            <strong>{seat.name}</strong> – {tandemRoles[seat.role as keyof typeof tandemRoles] ?? seat.role} ({texts.since} {formatDay(seat.fromDate)})
            {seat.isExample && ` (${texts.example})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
