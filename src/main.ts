import { parseArgs } from "node:util";
import { loadConfig, ConfigError, type Config } from "./config.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { terminalProgress, type Progress } from "./platform/progress.ts";
import { addUser, findUserByEmail } from "./platform/auth/service.ts";
import { isRole, roles } from "./platform/auth/roles.ts";
import { minPasswordLength } from "./platform/auth/passwords.ts";
import { backup, restore } from "./db/backup.ts";

// The app, the setup and the modules (most of the code) load only for the commands that need them:
// `user`, `backup` and `restore` start in about a quarter of the time.
const loadModules = async () => (await import("./modules/index.ts")).modules;

const usage = async () => `Aufruf: k360 <befehl>

  serve                     Plattform starten (migriert und lädt beim ersten Start Stamm- und Demodaten)
  migrate                   Datenbank auf den neuesten Stand bringen
  seed [--demo]             Stammdaten laden, mit --demo auch Demo-Konten und Beispielpersonen
  user add --email E --name N --role R [--password P]
                            Konto anlegen; Rollen: ${roles.join(", ")}
  backup [datei]            Sicherung schreiben (PGlite: Datenordner als .tar.gz, PostgreSQL: pg_dump)
  restore <datei>           Sicherung einspielen (nur in einen leeren Datenordner bzw. eine leere Datenbank)
${(await loadModules())
  .flatMap((m) => m.cli ?? [])
  .map((c) => c.usage)
  .join("")}`;

async function serve(config: Config, database: Database, progress: Progress): Promise<number> {
  const [{ buildApp }, { describeDemoLogins, prepareDatabase }, { startTasks }, { platformTasks }, modules] = await Promise.all([
    import("./app.ts"),
    import("./setup.ts"),
    import("./platform/tasks.ts"),
    import("./platform/background.ts"),
    loadModules(),
  ]);
  const setup = await prepareDatabase(database, { demo: config.seedDemo, progress });
  const app = await buildApp({ config, database });
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  startTasks(app, [...platformTasks, ...modules.flatMap((m) => m.tasks)]);
  await app.listen({ port: config.port, host: config.host });
  const logins = describeDemoLogins(setup.demoLogins);
  console.log(`\nK360 läuft: ${config.baseUrl}\nDatenbank: ${database.kind === "pglite" ? `PGlite in ${config.dataDir}` : "PostgreSQL"}\n${logins}`);
  return new Promise<number>(() => {});
}

async function seed(database: Database, args: string[], progress: Progress): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: "boolean", default: false } } });
  const { describeDemoLogins, prepareDatabase, seedDemo } = await import("./setup.ts");
  const setup = await prepareDatabase(database, { demo: values.demo ?? false, progress });
  const logins = values.demo && !setup.seeded ? await seedDemo(database) : setup.demoLogins;
  console.log(setup.seeded ? "Stammdaten geladen." : "Stammdaten waren schon vorhanden.");
  if (logins.length) console.log(describeDemoLogins(logins));
  return 0;
}

async function addAccount(database: Database, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  if (positionals[0] !== "add" || !values.email || !values.role) throw new ConfigError(await usage());
  if (!isRole(values.role)) throw new ConfigError(`Unbekannte Rolle "${values.role}". Möglich: ${roles.join(", ")}`);
  if (values.password && values.password.length < minPasswordLength) throw new ConfigError(`Das Passwort braucht mindestens ${minPasswordLength} Zeichen.`);
  await database.migrate();
  if (await findUserByEmail(database.db, values.email)) throw new ConfigError(`Ein Konto mit ${values.email} gibt es schon.`);
  const user = await addUser(database.db, { email: values.email, name: values.name ?? values.email, role: values.role, password: values.password });
  console.log(`Konto ${user.email} (${user.role}) angelegt.${values.password ? "" : " Ohne Passwort: Anmeldung per Link oder über „Passwort vergessen“."}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const progress = terminalProgress();
  if (command === "restore") {
    if (!rest[0]) throw new ConfigError("Bitte geben Sie die Sicherungsdatei an: k360 restore <datei>");
    await restore(config, rest[0], progress);
    console.log("Sicherung eingespielt.");
    return 0;
  }
  const database = await openDatabase(config);
  try {
    switch (command) {
      case "serve":
        return await serve(config, database, progress);
      case "migrate":
        await database.migrate();
        console.log("Datenbank ist auf dem neuesten Stand.");
        return 0;
      case "seed":
        return await seed(database, rest, progress);
      case "user":
        return await addAccount(database, rest);
      case "backup":
        console.log(`Sicherung geschrieben: ${await backup(config, database, rest[0], progress)}`);
        return 0;
      default: {
        const moduleCommand = (await loadModules()).flatMap((m) => m.cli ?? []).find((c) => c.name === command);
        if (moduleCommand) {
          await database.migrate();
          return await moduleCommand.run(database, rest, progress);
        }
        console.log(await usage());
        return command ? 1 : 0;
      }
    }
  } finally {
    if (command !== "serve") await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error && process.env.LOG_LEVEL !== "debug" ? error.message : error);
    process.exit(1);
  },
);
