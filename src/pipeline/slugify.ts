/** Lower case ASCII letters, digits and single hyphens: `Beleidsreactie 2027 (vervolg)` → `beleidsreactie-2027-vervolg`. */
export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
