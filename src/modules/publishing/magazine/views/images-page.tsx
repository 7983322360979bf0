import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatSize } from "../../../../platform/files.ts";
import { acceptedImages } from "../reference.ts";
import { magazineCrumbs } from "./parts.tsx";
import { CsrfField, ErrorSummary, FieldError, SubmitButton, TextField } from "../../../../platform/views/form.tsx";

/** The Markdown that shows an image in an article. */
export const imageMarkdown = (image: { id: number; alt: string }) => `![${image.alt.replace(/[[\]]/g, "")}](/magazin/bilder/${image.id})`;

interface Image {
  id: number;
  fileName: string;
  size: number;
  alt: string;
}

export interface ImagesPageProps {
  ctx: PageContext;
  images: Image[];
  added: Image | null;
  alt: string;
  errors: FieldErrors;
}

/** The uploaded images, each with its Markdown line. */
function ImageList({ images }: { images: Image[] }) {
  return (
    <>
      <h2 class="kern-heading-medium">Hochgeladene Bilder</h2>
      {images.length === 0 ? (
        <p class="kern-body">Noch keine Bilder.</p>
      ) : (
        <ul class="kern-list">
          {images.map((i) => (
            <li>
              <a class="kern-link" href={`/magazin/bilder/${i.id}`}>
                {i.fileName}
              </a>{" "}
              ({formatSize(i.size)}): <code>{imageMarkdown(i)}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Upload of article images (PNG, JPEG) with their alternative text, and the Markdown line for each. */
export function ImagesPage(props: ImagesPageProps) {
  const fileError = props.errors.datei;
  return (
    <Layout ctx={props.ctx} title="Bilder für das Magazin" crumbs={magazineCrumbs({ label: "Redaktion", href: "/magazin/redaktion" }, { label: "Bilder" })}>
      <h1 class="kern-heading-large">Bilder für das Magazin</h1>
      {props.added && (
        <Alert kind="success" title="Das Bild ist gespeichert.">
          <p class="kern-body">Fügen Sie diese Zeile in den Text des Beitrags ein:</p>
          <pre class="k360-mail">{imageMarkdown(props.added)}</pre>
        </Alert>
      )}
      <ErrorSummary errors={props.errors} labels={{ datei: "Bild", alt: "Alternativtext" }} />
      <form method="post" action="/magazin/redaktion/bilder" encType="multipart/form-data" class="kern-stack" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <div class={`kern-form-input${fileError ? " kern-form-input--error" : ""}`}>
          <label class="kern-label" for="datei">
            Bild
          </label>
          <div class="kern-hint" id="datei-hint">
            PNG oder JPEG, höchstens 5 MB.
          </div>
          <input
            class="kern-form-input__input"
            type="file"
            id="datei"
            name="datei"
            accept={acceptedImages}
            aria-describedby={fileError ? "datei-hint datei-error" : "datei-hint"}
            aria-invalid={fileError ? "true" : undefined}
          />
          <FieldError id="datei" error={fileError} />
        </div>
        <TextField
          name="alt"
          label="Alternativtext"
          hint="Was ist auf dem Bild zu sehen? Ein kurzer Satz für Menschen, die das Bild nicht sehen."
          value={props.alt}
          errors={props.errors}
          maxLength={300}
        />
        <div>
          <SubmitButton label="Bild hochladen" />
        </div>
      </form>
      <ImageList images={props.images} />
    </Layout>
  );
}
