/**
 * Words export headers use for the same idea, in English abbreviations,
 * French, German, Spanish and Dutch, folded (lower case, no accents) and
 * mapped to one English word, so an English alias matches a German header.
 * A value with a space stands for two words ("prenom" is "first name").
 */
export const LEXICON: Readonly<Record<string, string>> = {
  // numbers and identifiers
  no: 'number', nr: 'number', nbr: 'number', num: 'number', nro: 'number', numero: 'number', nummer: 'number', n: 'number', nb: 'number', nbre: 'number',
  id: 'id', uno: 'id', index: 'id', idx: 'id', ident: 'id', identifier: 'id', identifiant: 'id', kennung: 'id', ids: 'id', key: 'id',
  ref: 'reference', refs: 'reference', referenz: 'reference', referencia: 'reference', kenmerk: 'reference', referentie: 'reference',
  code: 'code', codigo: 'code', kode: 'code', cod: 'code', schlussel: 'code', kennzeichen: 'code',
  // money
  amt: 'amount', amnt: 'amount', amount: 'amount', montant: 'amount', betrag: 'amount', importe: 'amount', bedrag: 'amount', monto: 'amount', summe: 'amount', somme: 'amount', umsatz: 'amount',
  total: 'total', gesamt: 'total', totaal: 'total',
  net: 'net', netto: 'net', neto: 'net', ht: 'net', subtotal: 'net',
  gross: 'gross', brutto: 'gross', bruto: 'gross', ttc: 'gross', incl: 'gross', inc: 'gross', inkl: 'gross', including: 'gross', inclusive: 'gross',
  bal: 'balance', balance: 'balance', solde: 'balance', saldo: 'balance',
  cur: 'currency', ccy: 'currency', curr: 'currency', devise: 'currency', wahrung: 'currency', waehrung: 'currency', moneda: 'currency', divisa: 'currency', valuta: 'currency', monnaie: 'currency',
  rate: 'rate', taux: 'rate', satz: 'rate', tarifa: 'rate', tarief: 'rate', tarif: 'rate',
  tax: 'tax', steuer: 'tax', impuesto: 'tax', taxe: 'tax', impot: 'tax', belasting: 'tax', tva: 'vat', ust: 'vat', mwst: 'vat', iva: 'vat', btw: 'vat', vat: 'vat',
  // documents and transactions
  inv: 'invoice', invc: 'invoice', facture: 'invoice', rechnung: 'invoice', factura: 'invoice', factuur: 'invoice', fact: 'invoice', fac: 'invoice', bill: 'invoice',
  pmt: 'payment', pymt: 'payment', paymt: 'payment', paiement: 'payment', reglement: 'payment', zahlung: 'payment', pago: 'payment', cobro: 'payment', betaling: 'payment', encaissement: 'payment', receipt: 'payment',
  txn: 'transaction', trx: 'transaction', trans: 'transaction', tx: 'transaction', buchung: 'transaction', transaccion: 'transaction', operation: 'transaction', ecriture: 'transaction', asiento: 'transaction', boeking: 'transaction',
  beleg: 'document', piece: 'document', documento: 'document', doc: 'document', document: 'document',
  // parties
  cust: 'customer', cst: 'customer', cli: 'customer', clt: 'customer', client: 'customer', clients: 'customer', customer: 'customer', customers: 'customer', kunde: 'customer', kunden: 'customer', cliente: 'customer', clientes: 'customer', klant: 'customer', klanten: 'customer', debiteur: 'customer', debitor: 'customer', shopper: 'customer', patient: 'customer', tenant: 'customer', mandant: 'customer', mandanten: 'customer',
  supplier: 'supplier', suppliers: 'supplier', vendor: 'supplier', fournisseur: 'supplier', lieferant: 'supplier', proveedor: 'supplier', leverancier: 'supplier', kreditor: 'supplier', kreditoren: 'supplier', creditor: 'supplier', crediteur: 'supplier',
  employee: 'employee', mitarbeiter: 'employee', empleado: 'employee', employe: 'employee', medewerker: 'employee', salarie: 'employee',
  co: 'company', company: 'company', societe: 'company', firma: 'company', empresa: 'company', entreprise: 'company', bedrijf: 'company', unternehmen: 'company',
  org: 'organisation', organization: 'organisation', organisation: 'organisation',
  acct: 'account', acc: 'account', compte: 'account', konto: 'account', cuenta: 'account', rekening: 'account',
  matter: 'matter', dossier: 'matter', akte: 'matter', expediente: 'matter', zaak: 'matter',
  group: 'group', groupe: 'group', gruppe: 'group', grupo: 'group', groep: 'group',
  // people and contact details
  nom: 'name', nombre: 'name', naam: 'name', name: 'name', denomination: 'name',
  prenom: 'first name', vorname: 'first name', voornaam: 'first name', firstname: 'first name', forename: 'first name',
  nachname: 'last name', apellido: 'last name', apellidos: 'last name', achternaam: 'last name', surname: 'last name', lastname: 'last name', familienname: 'last name',
  mail: 'email', messagerie: 'email', courriel: 'email', emails: 'email', correo: 'email', email: 'email',
  tel: 'phone', ph: 'phone', phn: 'phone', telephone: 'phone', telefon: 'phone', telefono: 'phone', tlf: 'phone', tfno: 'phone', telefoon: 'phone', phone: 'phone', fon: 'phone',
  mobile: 'mobile', mobil: 'mobile', portable: 'mobile', movil: 'mobile', cell: 'mobile', cellphone: 'mobile', cellular: 'mobile', celular: 'mobile', mobiel: 'mobile', gsm: 'mobile', handy: 'mobile',
  work: 'work', direct: 'work', ddi: 'work phone', arbeit: 'work', pro: 'work', professionnel: 'work', bureau: 'work', geschaftlich: 'work', dienstlich: 'work', buro: 'work', business: 'work', trabajo: 'work', werk: 'work', zakelijk: 'work',
  addr: 'address', adr: 'address', adresse: 'address', direccion: 'address', adres: 'address', anschrift: 'address', address: 'address',
  rue: 'street', strasse: 'street', calle: 'street', straat: 'street', street: 'street', hausnummer: 'street', hausnr: 'street', huisnummer: 'street', huisnr: 'street',
  town: 'city', ville: 'city', ort: 'city', stadt: 'city', ciudad: 'city', poblacion: 'city', localidad: 'city', plaats: 'city', commune: 'city', localite: 'city', city: 'city', locality: 'city',
  cp: 'postal', zip: 'postal', postcode: 'postal', plz: 'postal', postleitzahl: 'postal', postal: 'postal', postcode_: 'postal',
  pays: 'country', land: 'country', pais: 'country', country: 'country', ctry: 'country', cntry: 'country',
  region: 'state', provincia: 'state', bundesland: 'state', provincie: 'state', departement: 'state', departamento: 'state', province: 'state', prefecture: 'state', gouvernorat: 'state', governorate: 'state', emirate: 'state', canton: 'state', kanton: 'state',
  // dates and time
  dt: 'date', datum: 'date', fecha: 'date', date: 'date', f: 'date',
  due: 'due', echeance: 'due', fallig: 'due', faellig: 'due', vencimiento: 'due', vervaldatum: 'due date',
  delai: 'term', frist: 'term', plazo: 'term', ziel: 'term', term: 'term', terms: 'term', bedingung: 'term', bedingungen: 'term', kondition: 'term', konditionen: 'term', condition: 'term', conditions: 'term', condiciones: 'term', condicion: 'term', cond: 'term',
  days: 'days', jours: 'days', tage: 'days', dias: 'days', dagen: 'days', day: 'days', jour: 'days',
  dauer: 'duration', duree: 'duration', duracion: 'duration', duur: 'duration', duration: 'duration',
  hours: 'hours', stunden: 'hours', heures: 'hours', horas: 'hours', uren: 'hours', hrs: 'hours', std: 'hours',
  settled: 'settlement', settle: 'settlement', completed: 'settlement', liquidacion: 'settlement', acreditacion: 'settlement', abrechnung: 'settlement',
  angelegt: 'created', cree: 'created', creado: 'created', aangemaakt: 'created', created: 'created', ouverture: 'opened', eroffnet: 'opened', opened: 'opened', intake: 'opened',
  erledigt: 'closed', clos: 'closed', cloture: 'closed', cerrado: 'closed', gesloten: 'closed', closed: 'closed',
  // words about values
  desc: 'description', descr: 'description', description: 'description', descripcion: 'description', omschrijving: 'description', beschreibung: 'description',
  notes: 'note', note: 'note', notiz: 'note', bemerkung: 'note', anmerkung: 'note', observaciones: 'note', observacion: 'note', observations: 'note', remarque: 'note', remarques: 'note', opmerking: 'note', memo: 'note', nota: 'note', notas: 'note',
  comment: 'comment', comments: 'comment', commentaire: 'comment', commentaires: 'comment', kommentar: 'comment', comentario: 'comment', comentarios: 'comment',
  statut: 'status', etat: 'status', estado: 'status', status: 'status', zustand: 'status',
  typ: 'type', tipo: 'type', soort: 'type', art: 'type', type: 'type', kind: 'type',
  mode: 'method', methode: 'method', method: 'method', forma: 'method', moyen: 'method', wijze: 'method',
  principal: 'main', haupt: 'main', hoofd: 'main', main: 'main', primary: 'main', default: 'main',
  qty: 'quantity', menge: 'quantity', cantidad: 'quantity', quantite: 'quantity', aantal: 'quantity', quantity: 'quantity',
  bank: 'bank', banque: 'bank', banco: 'bank',
  mgr: 'manager', dept: 'department', dob: 'birth', pct: 'percent', yr: 'year', mo: 'month',
};

/** German compound endings split off a longer word: "Rechnungsdatum" is invoice + date. */
export const COMPOUND_ENDINGS = ['nummer', 'nr', 'datum', 'betrag', 'name', 'art', 'text', 'adresse', 'ort', 'satz', 'konto', 'status', 'typ', 'code', 'kennzeichen', 'zweck', 'partner', 'bezeichnung', 'schlussel', 'ziel', 'summe', 'steuer', 'wahrung', 'stelle', 'bedingung', 'kondition'];
