/**
 * German public holidays per Bundesland, for planning dates that avoid days off.
 * States are the two-digit AGS prefixes ("05" = Nordrhein-Westfalen). Rules are current law for 2024–2030; earlier
 * years are only right where a change is modelled with its start year (e.g. the 2017 nationwide Reformationstag is not).
 */

export interface Holiday {
  date: string;
  name: string;
  /** Codes of the states where the day is a public holiday; all 16 for nationwide ones. */
  states: string[];
}

const SH = "01",
  HH = "02",
  NI = "03",
  HB = "04",
  NW = "05",
  HE = "06",
  RP = "07",
  BW = "08";
const BY = "09",
  SL = "10",
  BE = "11",
  BB = "12",
  MV = "13",
  SN = "14",
  ST = "15",
  TH = "16";
const ALL = [SH, HH, NI, HB, NW, HE, RP, BW, BY, SL, BE, BB, MV, SN, ST, TH];

interface Rule {
  name: string;
  date: (year: number, easter: string) => string;
  states: (year: number) => string[];
}

const fixed = (month: number, day: number) => (year: number) => isoDate(year, month, day);
const afterEaster = (days: number) => (_year: number, easter: string) => addDays(easter, days);
const always = (states: string[]) => () => states;
/** States that adopted a holiday later are listed with the year it first applied. */
const since = (adoptions: [string, number][]) => (year: number) => adoptions.filter(([, first]) => year >= first).map(([state]) => state);

/** Only holidays of whole states: where they apply to some municipalities only, we leave them out (see Fronleichnam, Mariä Himmelfahrt). */
const rules: Rule[] = [
  { name: "Neujahr", date: fixed(1, 1), states: always(ALL) },
  { name: "Heilige Drei Könige", date: fixed(1, 6), states: always([BW, BY, ST]) },
  {
    name: "Internationaler Frauentag",
    date: fixed(3, 8),
    states: since([
      [BE, 2019],
      [MV, 2023],
    ]),
  },
  { name: "Karfreitag", date: afterEaster(-2), states: always(ALL) },
  // Hessen's law counts Easter and Whit Sunday only as Sundays; Brandenburg names them as holidays.
  { name: "Ostersonntag", date: afterEaster(0), states: always([BB]) },
  { name: "Ostermontag", date: afterEaster(1), states: always(ALL) },
  { name: "Tag der Arbeit", date: fixed(5, 1), states: always(ALL) },
  // Berlin makes the day a one-off holiday on round anniversaries by separate law; add further years once enacted.
  { name: "Tag der Befreiung", date: fixed(5, 8), states: (year) => ([2020, 2025].includes(year) ? [BE] : []) },
  { name: "Christi Himmelfahrt", date: afterEaster(39), states: always(ALL) },
  { name: "Pfingstsonntag", date: afterEaster(49), states: always([BB]) },
  { name: "Pfingstmontag", date: afterEaster(50), states: always(ALL) },
  // In Sachsen and Thüringen only in some (Catholic) municipalities, which a state code cannot express.
  { name: "Fronleichnam", date: afterEaster(60), states: always([BW, BY, HE, NW, RP, SL]) },
  // In Bayern only in municipalities with a Catholic majority, so Bayern is left out for the same reason.
  { name: "Mariä Himmelfahrt", date: fixed(8, 15), states: always([SL]) },
  { name: "Weltkindertag", date: fixed(9, 20), states: since([[TH, 2019]]) },
  { name: "Tag der Deutschen Einheit", date: fixed(10, 3), states: always(ALL) },
  {
    name: "Reformationstag",
    date: fixed(10, 31),
    states: (year) => [
      BB,
      MV,
      SN,
      ST,
      TH,
      ...since([
        [HB, 2018],
        [HH, 2018],
        [NI, 2018],
        [SH, 2018],
      ])(year),
    ],
  },
  { name: "Allerheiligen", date: fixed(11, 1), states: always([BW, BY, NW, RP, SL]) },
  { name: "Buß- und Bettag", date: bussUndBettag, states: always([SN]) },
  { name: "1. Weihnachtstag", date: fixed(12, 25), states: always(ALL) },
  { name: "2. Weihnachtstag", date: fixed(12, 26), states: always(ALL) },
];

/** All holidays of the year that apply in at least one state, sorted by date. */
export function holidaysOfYear(year: number): Holiday[] {
  const easter = easterSunday(year);
  return rules
    .map((rule) => ({ date: rule.date(year, easter), name: rule.name, states: [...rule.states(year)].sort() }))
    .filter((holiday) => holiday.states.length > 0)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Holidays on an ISO date, optionally only those that apply in one of the given states. */
export function holidaysOn(date: string, stateCodes?: string[]): Holiday[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Ungültiges Datum: ${date}`);
  return holidaysOfYear(Number(date.slice(0, 4))).filter(
    (holiday) => holiday.date === date && (!stateCodes || holiday.states.some((state) => stateCodes.includes(state))),
  );
}

/** Easter Sunday by the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const yearQuarters = Math.floor(yearInCentury / 4);
  const yearRest = yearInCentury % 4;
  const weekday = (32 + 2 * centuryRest + 2 * yearQuarters - epact - yearRest) % 7;
  const shift = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const month = Math.floor((epact + weekday - 7 * shift + 114) / 31);
  const day = ((epact + weekday - 7 * shift + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The Wednesday before 23 November, i.e. between the 16th and the 22nd. */
function bussUndBettag(year: number): string {
  const november22 = isoDate(year, 11, 22);
  const weekday = new Date(`${november22}T00:00:00Z`).getUTCDay();
  return addDays(november22, -((weekday - 3 + 7) % 7));
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
