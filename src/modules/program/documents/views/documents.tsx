import { CsrfField, FileField, SubmitButton } from "../../../../platform/views/form.tsx";
import type { DocumentInfo } from "../queries.ts";
import { acceptedTypes } from "../reference.ts";

/** The event's documents on the team's page of the event: download, remove, upload another. */
export function EventDocuments(props: { csrfToken: string | null; eventId: number; documents: DocumentInfo[]; uploadError?: string }) {
  const { csrfToken, eventId, documents, uploadError } = props;
  return (
    <>
      <h2 class="kern-heading-medium">Unterlagen</h2>
      {documents.length === 0 ? (
        <p class="kern-body">Noch keine Unterlagen.</p>
      ) : (
        <ul class="kern-list">
          {documents.map((d) => (
            <li>
              <form method="post" action={`/programm/termine/${eventId}/unterlagen/${d.id}/loeschen`} class="k360-user">
                <a class="kern-link" href={`/termine/${eventId}/unterlagen/${d.id}`}>
                  {d.fileName}
                </a>
                <CsrfField token={csrfToken} />
                <button type="submit" class="kern-btn kern-btn--tertiary">
                  <span class="kern-label">{`${d.fileName} entfernen`}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/programm/termine/${eventId}/unterlagen`} encType="multipart/form-data" class="kern-stack">
        <CsrfField token={csrfToken} />
        <FileField
          name="datei"
          label="Unterlage hinzufügen"
          hint="PDF, Word, PowerPoint, Excel, OpenDocument, PNG oder JPEG, höchstens 10 MB. Sichtbar für alle, die den Termin sehen."
          accept={acceptedTypes}
          errors={uploadError ? { datei: uploadError } : {}}
        />
        <div>
          <SubmitButton label="Hochladen" kind="secondary" />
        </div>
      </form>
    </>
  );
}
