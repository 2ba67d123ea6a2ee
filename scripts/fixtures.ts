import { strToU8, zipSync } from 'fflate';

/** Windows-1252 encoding of text (the test fixtures only use its repertoire). */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (high[ch] !== undefined) out.push(high[ch]);
    else if (code <= 0xff) out.push(code);
    else throw new Error(`not in windows-1252: ${ch}`);
  }
  return Uint8Array.from(out);
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

const CUSTOMERS = 'Customer ID,Customer name,Town,Country\r\nC-001,Société Générale,Paris,France\r\nC-002,Zürich Versicherung,Zürich,Suisse\r\nC-003,Ålesund Fisk AS,Ålesund,Norway\r\n';

/** A worksheet XML from rows of cells given as raw <c> inner XML builders. */
function sheetXml(rows: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:F9"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

interface WorkbookSpec {
  readonly sheets: readonly { name: string; xml: string; hidden?: boolean }[];
  readonly sharedStrings: readonly string[];
  readonly date1904?: boolean;
}

/** A minimal but complete XLSX package, laid out as Excel writes it. */
export function xlsx(spec: WorkbookSpec): Uint8Array {
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden === true ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = spec.sheets.length;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${spec.date1904 === true ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.join('')}</sst>`,
    ),
    // Styles: 0 General, 1 built-in date (14), 2 custom date-time, 3 money, 4 custom dd/mm/yyyy
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;€&quot;#,##0.00"/><numFmt numFmtId="166" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml);
  });
  return zipSync(files, { level: 6, mtime: '2024-01-01T00:00:00Z' });
}

const ss = (text: string) => `<si><t xml:space="preserve">${text}</t></si>`;

/** Every intake fixture: file name → bytes. */
export function buildFixtures(): Map<string, Uint8Array> {
  const f = new Map<string, Uint8Array>();
  // Encodings
  f.set('utf8.csv', utf8(CUSTOMERS));
  f.set('utf8-bom.csv', withBom(utf8(CUSTOMERS)));
  f.set('utf16le-bom-unicode-text.txt', utf16(CUSTOMERS.replace(/,/g, '\t'), true, true));
  f.set('utf16be-bom.txt', utf16(CUSTOMERS.replace(/,/g, '\t'), false, true));
  f.set('windows-1252.csv', cp1252('Client;Ville;Solde;Note\r\nSociété Générale;Orléans;1 234,56 €;l’été\r\nZürich Versicherung;Zürich;99,00 €;“quoted” — dash\r\n'));
  // Valid ASCII for 300 KB (beyond the 256 KB sniffed prefix), then a Windows-1252 byte.
  const filler = Array.from({ length: 6000 }, (_, i) => `C-${String(i).padStart(5, '0')},Plain ASCII customer number ${i},Paris,France\r\n`).join('');
  f.set('windows-1252-late.csv', cp1252(`Customer ID,Customer name,Town,Country\r\n${filler}C-99999,Crème Brûlée SARL,Nîmes,France\r\n`));
  f.set('multibyte.csv', utf8('Name,Emoji,Text\r\nZoë,😀,naïve café\r\n日本,🇫🇷,Ωμέγα — ﬁn\r\n'));
  // Delimiters
  f.set('comma.csv', utf8('id,name,amount\n1,Alpha,10\n2,Beta,20\n'));
  f.set('semicolon.csv', utf8('id;name;amount\r\n1;Alpha;10,50\r\n2;Beta;20,75\r\n'));
  f.set('pipe.csv', utf8('id|name|amount\n1|Alpha|10\n2|Beta|20\n'));
  f.set('tab.tsv', utf8('id\tname\tamount\n1\tAlpha\t120,5\n2\tBeta\t7,25\n'));
  // Commas inside the first rows' text must not win over the real delimiter (';').
  f.set('semicolon-commas-in-text.csv', utf8('id;name;note\n1;Doe, John;a, b, c\n2;Roe, Jane;d, e\n3;Smith;f\n4;Brown;g, h\n'));
  f.set('sep-line.csv', utf8('sep=;\r\nid;amount\r\n1;1 234,56\r\n2;7,00\r\n'));
  // RFC 4180 quoting and line ends
  f.set('rfc4180.csv', utf8('id,name,note\r\n1,"Doe, John","He said ""hi"""\r\n2,"Multi\r\nline","a\nb"\r\n3,plain,"x,y"\r\n'));
  f.set('lf.csv', utf8('a,b\n1,2\n3,4\n'));
  f.set('cr.csv', utf8('a,b\r1,2\r3,4\r'));
  f.set('crlf-quoted-newlines.csv', utf8(Array.from({ length: 40 }, (_, i) => (i === 0 ? 'aaaa,bbbb,cccc,dddd\r\n' : `${i},"x${i}\r\ny",z,"w"\r\n`)).join('')));
  f.set('unterminated-quote.csv', utf8('id,name\n1,"oops\n2,ok\n3,fine\n4,"good"\n'));
  // Structure
  f.set('ragged.csv', utf8('a,b,c\n1,2\n1,2,3,4\n5,6,7\n'));
  f.set('blank-lines.csv', utf8('a,b\n\n1,2\n   \n,\n3,4\n\n'));
  f.set('title-rows.csv', utf8('Client Ledger Export 2024,,\r\nGenerated 2024-05-01,,\r\n\r\nClient Number,Amount,Date\r\n C-1 ,10.00,05/01/2024\r\nC-2,20.00,05/02/2024\r\n'));
  f.set('duplicate-headers.csv', utf8('id,id,,Name,name\n1,2,3,4,5\n'));
  f.set('exact-strings.csv', utf8('code,big,spaced,date\n00123,1.23E+11, x ,2024-05-01\n"007",208310224003697457,"  y  ",05/01/2020\n'));
  f.set('proto-headers.csv', utf8('__proto__,constructor,hasOwnProperty,toString,__proto__\na,b,c,d,e\n'));
  // Unusable input
  f.set('empty.csv', new Uint8Array(0));
  f.set('header-only.csv', utf8('Customer ID,Customer name\r\n'));
  f.set('binary-renamed.csv', Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256 === 10 ? 0 : (i * 37 + 11) % 256));
  f.set('pdf-renamed.csv', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'));
  f.set('legacy.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));

  // XLSX: two visible sheets and a hidden one; dates, formulas with cached values, long ids, rich text, booleans, errors.
  const strings = [ss('Client'), ss('Invoice date'), ss('Amount'), ss('Account ID'), ss('Paid'), ss('Note'), '<si><r><t>Société </t></r><r><rPr><b/></rPr><t>Générale</t></r><rPh><t>ソシエテ</t></rPh></si>', ss('Zürich AG'), ss('Line 1&#10;Line 2 &amp; more'), ss('Summary')];
  const ledger = sheetXml([
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>',
    '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" s="1"><v>45293</v></c><c r="C2" s="3"><v>1234.5</v></c><c r="D2"><v>208310224003697457</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="s"><v>8</v></c></row>',
    '<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3" s="2"><v>45293.75</v></c><c r="C3"><f>C2*2</f><v>2469</v></c><c r="D3"><v>1.2345678901234567E+17</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" t="e"><v>#N/A</v></c></row>',
    '<row r="5" hidden="1"><c r="A5" t="inlineStr"><is><t>Inline Ltd</t></is></c><c r="B5" s="4"><v>60</v></c><c r="C5"><v>0.30000000000000004</v></c><c r="D5" t="str"><f>"00"&amp;"42"</f><v>0042</v></c><c r="F5"><f>A1</f></c></row>',
  ]);
  const summary = sheetXml(['<row r="1"><c r="A1" t="s"><v>9</v></c></row>', '<row r="2"><c r="A2"><v>3</v></c></row>']);
  const hidden = sheetXml(['<row r="1"><c r="A1" t="inlineStr"><is><t>secret</t></is></c></row>']);
  f.set('workbook.xlsx', xlsx({ sheets: [{ name: 'Summary', xml: summary, hidden: false }, { name: 'Ledger', xml: ledger }, { name: 'Hidden', xml: hidden, hidden: true }], sharedStrings: strings }));
  f.set(
    'date1904.xlsx',
    xlsx({
      sheets: [{ name: 'Sheet1', xml: sheetXml(['<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>', '<row r="2"><c r="A2" s="1"><v>43831</v></c></row>']) }],
      sharedStrings: [],
      date1904: true,
    }),
  );
  f.set('xlsx-renamed.csv', f.get('workbook.xlsx')!);
  return f;
}

/** Files for the end-to-end tests (e2e/fixtures/). */
export function buildE2eFixtures(): Map<string, Uint8Array> {
  const f = new Map<string, Uint8Array>();
  // A French customer export from a practice system: Windows-1252, semicolons, a title row and a blank row above the header.
  f.set(
    'clients-cabinet-martin.csv',
    cp1252(
      [
        'Export clients - Cabinet Martin;;;;;;;;;',
        ';;;;;;;;;',
        'Référence client;Raison sociale;Adresse;Code postal;Ville;Pays;N° TVA intracom;Délai de paiement;Responsable;Société mère',
        'CL001;Société Générale;29 boulevard Haussmann;75009;Paris;France;FR27552120222;30 jours;marie.dupont@cabinet.fr;',
        'CL002;Crème & Co;"12, rue de l\'Église";01000;Bourg-en-Bresse;France;;45;jean.martin@cabinet.fr;Société Générale',
        'CL003;Zürich Versicherung AG;Mythenquai 2;8002;Zürich;Suisse;;Net 60;marie.dupont@cabinet.fr;',
        'CL004;Ålesund Fisk AS;Storgata 1;6002;Ålesund;Norvège;;trente;pas-un-email;',
        '',
      ].join('\r\n'),
    ),
  );
  // Upflow contacts as an Excel workbook: a notes sheet first, the contacts on the second sheet.
  const strings = ['Société', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Rôle', 'Contact principal', 'Société Générale', 'Claire', 'Martin', 'claire.martin@socgen.example', 'Comptabilité', 'Oui', 'Paul', 'Durand', 'paul.durand@socgen.example', 'Acheteur', 'Non', 'Crème &amp; Co', 'Léa', 'Bernard', 'lea@creme.example', 'Directrice', 'Notes'].map(ss);
  const c = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
  const contacts = sheetXml([
    `<row r="1">${c('A1', 0)}${c('B1', 1)}${c('C1', 2)}${c('D1', 3)}${c('E1', 4)}${c('F1', 5)}${c('G1', 6)}</row>`,
    `<row r="2">${c('A2', 7)}${c('B2', 8)}${c('C2', 9)}${c('D2', 10)}<c r="E2" t="str"><v>+33 1 42 14 20 00</v></c>${c('F2', 11)}${c('G2', 12)}</row>`,
    `<row r="3">${c('A3', 7)}${c('B3', 13)}${c('C3', 14)}${c('D3', 15)}<c r="E3"><v>33142142001</v></c>${c('F3', 16)}${c('G3', 17)}</row>`,
    `<row r="4">${c('A4', 18)}${c('B4', 19)}${c('C4', 20)}${c('D4', 21)}<c r="E4" t="str"><v>04 74 22 11 00</v></c>${c('F4', 22)}${c('G4', 12)}</row>`,
  ]);
  const notes = sheetXml([`<row r="1">${c('A1', 23)}</row>`]);
  // A QuickBooks-style "Transaction List by Customer" export, in two months; "Journal Entry" is a type no synonym or word covers.
  const qb = (rows: string[]) => utf8(['Date,Transaction Type,Num,Customer,Memo/Description,Amount,Open Balance', ...rows, ''].join('\r\n'));
  f.set(
    'quickbooks-ledger-may.csv',
    qb([
      '05/01/2020,Invoice,1042,C-1001,Retainer,"1,250.00","1,250.00"',
      '05/13/2020,Payment,5001,C-1001,Check 2231,-250.00,0.00',
      '05/14/2020,Credit Memo,5002,C-1002,Courtesy discount,-40.00,0.00',
      '05/20/2020,Journal Entry,1043,C-1002,"Filing fee, county clerk",75.00,75.00',
      '05/28/2020,Invoice,1044,C-1003,Drafting,980.50,980.50',
    ]),
  );
  f.set(
    'quickbooks-ledger-june.csv',
    qb([
      '06/02/2020,Invoice,1045,C-1001,June fees,"2,000.00","2,000.00"',
      '06/15/2020,Journal Entry,1046,C-1003,Courier,12.00,12.00',
      '06/30/2020,Payment,5003,C-1003,Wire,-980.50,0.00',
    ]),
  );
  f.set('contacts-upflow.xlsx', xlsx({ sheets: [{ name: 'Notes', xml: notes }, { name: 'Contacts', xml: contacts }], sharedStrings: strings }));
  return f;
}
