import type { InstanceEntry } from '../api/instances.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The start page until the bed calendar lands: what is loaded, in bokmål. */
export function placeholderPage(instances: InstanceEntry[]): string {
  const rows = instances
    .map(
      ({ name, summary: s }) =>
        `<tr><td>${escape(name)}</td><td>${s.horizon.start} – ${s.horizon.end}</td><td>${s.centres}</td>` +
        `<td>${s.beds}</td><td>${s.requests}</td><td>${s.series}</td><td>${s.fixed}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Sengeplan</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style></head>
<body>
<h1>Sengeplan</h1>
<p>Seng- og rulleringsplanlegger for behandlingssentre. Kalenderen kommer; tjenesten kjører.</p>
<table>
<caption>Innlastede planleggingsgrunnlag</caption>
<thead><tr><th>Navn</th><th>Periode (netter)</th><th>Sentre</th><th>Senger</th><th>Søknader</th><th>Rulleringer</th><th>Pågående opphold</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="/api/health">Helsesjekk</a></p>
</body>
</html>
`;
}
