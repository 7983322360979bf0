import type { PageContext } from "../../../../platform/views/page-context.ts";
import { CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";

/** Submitting together: each partner agrees to the saved application; it is submitted when both have. */
export function SubmitSection(props: { ctx: PageContext; base: string; agreed: boolean }) {
  return (
    <section class="kern-stack" aria-labelledby="einreichen">
      <h2 class="kern-heading-medium" id="einreichen">
        Gemeinsam einreichen
      </h2>
      <p class="kern-body">
        Sie reichen den gespeicherten Stand ein. Die Bewerbung ist eingereicht, wenn Sie beide zugestimmt haben; danach lässt sie sich nicht mehr ändern. Jede
        Änderung am Entwurf hebt die Zustimmungen auf.
      </p>
      {props.agreed ? (
        <p class="kern-body">Sie haben schon zugestimmt. Es fehlt die Zustimmung Ihrer Partnerin oder Ihres Partners.</p>
      ) : (
        <form method="post" action={`${props.base}/einreichen`}>
          <CsrfField token={props.ctx.csrfToken} />
          <SubmitButton label="Einreichen" />
        </form>
      )}
    </section>
  );
}
