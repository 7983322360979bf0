import { SubscribeForm } from "./subscribe-form.tsx";

/**
 * The subscription box for the footer of every page. It posts without a CSRF token (sign-ups need
 * no session; the confirmation mail is the protection). The newsletter's own pages show the full
 * form instead.
 */
export function NewsletterBox({ ctx }: { ctx: { path: string } }) {
  if (ctx.path === "/newsletter" || ctx.path.startsWith("/newsletter/")) return <></>;
  return (
    <section class="k360-newsletter-box kern-stack" aria-labelledby="newsletter-box-title">
      <h2 class="kern-heading-small" id="newsletter-box-title">
        Newsletter
      </h2>
      <p class="kern-body">Einmal im Quartal: Neues aus den Kommunen, aus dem Magazin und Termine der Initiative Kommune 360°.</p>
      <SubscribeForm idPrefix="newsletter-box-" />
    </section>
  );
}
