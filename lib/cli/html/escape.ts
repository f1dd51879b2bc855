/** HTML escaping. A carriage return is written as a reference: the HTML parser would otherwise drop it, and the page's text must equal the input's. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

export const escapeHtml = (s: string) => s.replace(/[&<>"'\r]/g, (ch) => ENTITIES[ch]);

/** JSON inside a <script> element: `<` escaped so that no `</script>` can end it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
