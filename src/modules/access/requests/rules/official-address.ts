/** Whether an address is at one of the municipality's official domains: the domain itself or a subdomain of it. */
export function isOfficialAddress(email: string, domains: readonly string[]): boolean {
  const host = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
