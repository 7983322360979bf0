import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, FileField, SubmitButton } from "../../../../platform/views/form.tsx";
import { acceptOf, fileKinds } from "../../../../platform/files.ts";
import { letterMaxBytes } from "../../reference.ts";

const megabytes = letterMaxBytes / 1024 / 1024;

/** The uploaded letter of support as a download link, or that there is none yet. */
export function LetterLink({ base, letterName }: { base: string; letterName: string | null }) {
  return letterName ? (
    <p class="kern-body">
      Hochgeladen:{" "}
      <a class="kern-link" href={`${base}/schreiben`}>
        {letterName}
      </a>
    </p>
  ) : (
    <p class="kern-body">Noch kein Schreiben hochgeladen.</p>
  );
}

/** The letter of support from the administration's leadership: upload (a real PDF) and download. */
export function LetterSection(props: { ctx: PageContext; base: string; letterName: string | null; error?: string }) {
  const { error } = props;
  return (
    <section class="kern-stack" aria-labelledby="schreiben">
      <h2 class="kern-heading-medium" id="schreiben">
        Unterstützungsschreiben der Verwaltungsspitze
      </h2>
      <LetterLink base={props.base} letterName={props.letterName} />
      <form method="post" action={`${props.base}/schreiben`} encType="multipart/form-data" class="kern-stack">
        <CsrfField token={props.ctx.csrfToken} />
        <FileField
          name="datei"
          label="Schreiben als PDF"
          hint={`Ein PDF von höchstens ${megabytes} MB. Ein neues Schreiben ersetzt das bisherige.`}
          accept={acceptOf([fileKinds.pdf])}
          errors={error ? { datei: error } : {}}
        />
        <div>
          <SubmitButton label="Schreiben hochladen" kind="secondary" />
        </div>
      </form>
    </section>
  );
}
