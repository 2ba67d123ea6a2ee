import { LANGUAGE_WORDS } from './lexicon-languages';

/**
 * Words export headers use for the same idea, in English abbreviations and
 * the languages of the exports Ferry reads (French, German, Spanish, Dutch,
 * Italian, Portuguese, Polish, Czech, Romanian, Turkish, the Nordic languages,
 * romanised Japanese), folded (lower case, no accents) and mapped to one
 * English word, so an English alias matches a German header.
 * A value with a space stands for two words ("prenom" is "first name").
 */
export const LEXICON: Readonly<Record<string, string>> = {
  // numbers and identifiers
  no: 'number', nr: 'number', nbr: 'number', num: 'number', nro: 'number', numero: 'number', nummer: 'number', n: 'number', nb: 'number', nbre: 'number',
  id: 'id', uno: 'id', index: 'id', idx: 'id', ident: 'id', identifier: 'id', identifiant: 'id', kennung: 'id', ids: 'id', key: 'id', identificacion: 'id', identificador: 'id',
  ref: 'reference', refs: 'reference', referenz: 'reference', referencia: 'reference', kenmerk: 'reference', referentie: 'reference',
  code: 'code', codigo: 'code', kode: 'code', cod: 'code', schlussel: 'code', kennzeichen: 'code', clave: 'code',
  // money
  amt: 'amount', amnt: 'amount', amount: 'amount', montant: 'amount', betrag: 'amount', importe: 'amount', bedrag: 'amount', monto: 'amount', summe: 'amount', somme: 'amount', umsatz: 'amount',
  total: 'total', gesamt: 'total', totaal: 'total',
  net: 'net', netto: 'net', neto: 'net', ht: 'net', subtotal: 'net', excl: 'net', excluding: 'net', exclusive: 'net', exkl: 'net', ekskl: 'net', eks: 'net',
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
  cust: 'customer', cst: 'customer', cli: 'customer', clt: 'customer', client: 'customer', clients: 'customer', customer: 'customer', customers: 'customer', kunde: 'customer', kunden: 'customer', cliente: 'customer', clientes: 'customer', klant: 'customer', klanten: 'customer', debiteur: 'customer', debitor: 'customer', lid: 'customer', leden: 'customer', shopper: 'customer', patient: 'customer', tenant: 'customer', mandant: 'customer', mandanten: 'customer',
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
  lang: 'language', locale: 'language', language: 'language', langue: 'language', sprache: 'language', taal: 'language', idioma: 'language', lingua: 'language', sprak: 'language', jezyk: 'language', jazyk: 'language', kieli: 'language', limba: 'language',
  // a rental ledger's tenant and a club's or an association's member are its customers
  locataire: 'customer', mieter: 'customer', inquilino: 'customer', huurder: 'customer', leietaker: 'customer', lejer: 'customer', hyresgast: 'customer', vuokralainen: 'customer', najemca: 'customer', najemcy: 'customer', najemnik: 'customer', inquilina: 'customer', adherent: 'customer', member: 'customer', mitglied: 'customer', socio: 'customer',
  fone: 'phone', quantidade: 'quantity', quantita: 'quantity', ilosc: 'quantity', wystawienia: 'issued', zaplaty: 'payment', rozliczenia: 'settlement', accredito: 'settlement', reversement: 'settlement', liquidacao: 'settlement',
  fra: 'invoice', honorarnote: 'invoice', primaer: 'main', primar: 'main', direkte: 'direct', direkt: 'direct', bilagsdato: 'document date', tekst: 'text',
  mgr: 'manager', dept: 'department', dob: 'birth', pct: 'percent', yr: 'year', mo: 'month',
  // Italian, Portuguese, Polish and the Nordic languages: the words their exports' headers are made of.
  numer: 'number', codice: 'code', kod: 'code', koodi: 'code', tunnus: 'id',
  // A bank's money in and out: its customer's credit and debit ("Entrate", "Uscite", "Accrediti").
  entrate: 'credit', entrata: 'credit', accrediti: 'credit', uscite: 'debit', uscita: 'debit', addebiti: 'debit',
  importo: 'amount', kwota: 'amount', belopp: 'amount', belob: 'amount', belop: 'amount', summa: 'amount', totale: 'total', imponibile: 'net', lordo: 'gross',
  moeda: 'currency', waluta: 'currency', aliquota: 'rate', stawka: 'rate', imposta: 'tax', imposto: 'tax', podatek: 'tax', moms: 'vat', mva: 'vat', alv: 'vat',
  fattura: 'invoice', fatura: 'invoice', faktura: 'invoice', lasku: 'invoice', pagamento: 'payment', platnosc: 'payment', betalning: 'payment', maksu: 'payment',
  movimento: 'transaction', transazione: 'transaction', transacao: 'transaction', transakcja: 'transaction', transaktion: 'transaction',
  klient: 'customer', kund: 'customer', asiakas: 'customer', kontrahent: 'customer', klienta: 'customer', kontrahenta: 'customer', faktury: 'invoice', platnosci: 'payment', dostawcy: 'supplier', pracownika: 'employee',
  fornitore: 'supplier', fornecedor: 'supplier', dostawca: 'supplier', leverantor: 'supplier', leverandor: 'supplier', toimittaja: 'supplier',
  dipendente: 'employee', funcionario: 'employee', pracownik: 'employee', anstalld: 'employee',
  societa: 'company', azienda: 'company', foretag: 'company', yritys: 'company', spolka: 'company', conto: 'account', conta: 'account', tili: 'account',
  pratica: 'matter', processo: 'matter', sprawa: 'matter', arende: 'matter',
  nome: 'name', nazwa: 'name', navn: 'name', namn: 'name', nimi: 'name', cognome: 'last name', sobrenome: 'last name', apelido: 'last name', nazwisko: 'last name',
  efternavn: 'last name', etternavn: 'last name', efternamn: 'last name', sukunimi: 'last name', imie: 'first name', fornavn: 'first name', fornamn: 'first name', etunimi: 'first name',
  telefone: 'phone', puhelin: 'phone', cellulare: 'mobile', telemovel: 'mobile', komorka: 'mobile', matkapuhelin: 'mobile',
  indirizzo: 'address', endereco: 'address', morada: 'address', adress: 'address', osoite: 'address', rua: 'street', ulica: 'street',
  citta: 'city', comune: 'city', cidade: 'city', localidade: 'city', miasto: 'city', miejscowosc: 'city', kaupunki: 'city', paikkakunta: 'city', postort: 'city',
  cap: 'postal', postnummer: 'postal', postnr: 'postal', postinumero: 'postal', pocztowy: 'postal',
  paese: 'country', nazione: 'country', kraj: 'country', regione: 'state', distrito: 'state', wojewodztwo: 'state',
  dato: 'date', paivamaara: 'date', scadenza: 'due', vencimento: 'due', forfallodatum: 'due date', forfaldsdato: 'due date', forfallsdato: 'due date', erapaiva: 'due date',
  descrizione: 'description', descricao: 'description', opis: 'description', beskrivning: 'description', beskrivelse: 'description', kuvaus: 'description',
  stato: 'status', rodzaj: 'type', modalita: 'method', banca: 'bank',
  npa: 'postal', subdivision: 'state', prov: 'state',
  // people of a firm, and words about a record's state and manner, in the languages above.
  resp: 'responsible', responsable: 'responsible', verantwortlich: 'responsible', verantwortlicher: 'responsible', verantw: 'responsible', verantwoordelijke: 'responsible', responsabile: 'responsible', responsavel: 'responsible', encargado: 'responsible',
  attorney: 'lawyer', lawyer: 'lawyer', solicitor: 'lawyer', avocat: 'lawyer', anwalt: 'lawyer', rechtsanwalt: 'lawyer', abogado: 'lawyer', letrado: 'lawyer', advocaat: 'lawyer', avvocato: 'lawyer', advogado: 'lawyer',
  situacion: 'status', situation: 'status', situacao: 'status', situazione: 'status',
  modalidad: 'method', modalite: 'method', modo: 'method', modalidade: 'method',
  // Czech, Polish, Romanian, Turkish, Swedish, Danish, Norwegian, Finnish and romanised Japanese: each language's words for
  // the same ideas (a party and its name, address, contact details, tax number; a document, its date, amount, sides and terms).
  nazev: 'name', jmeno: 'first name', prijmeni: 'last name', spolecnost: 'company', odberatel: 'customer', zakaznik: 'customer', dodavatel: 'supplier',
  ulice: 'street', obec: 'city', mesto: 'city', psc: 'postal', dic: 'vat', ico: 'company number',
  castka: 'amount', celkem: 'total', splatnost: 'due', popis: 'description', poznamka: 'note', cislo: 'number', role: 'role', primarni: 'main', hlavni: 'main', kontaktni: 'contact', osoba: 'person',
  kontakt: 'contact', cd: 'code', symbol: 'code', winien: 'debit', wn: 'debit', glowny: 'main', rola: 'role', opiekun: 'manager', opiekuna: 'manager', dokument: 'document', uwagi: 'note', wartosc: 'amount',
  denumire: 'name', adresa: 'address', strada: 'street', localitate: 'city', oras: 'city', judet: 'state', tara: 'country', termen: 'term', plata: 'payment', zile: 'days', suma: 'amount', valoare: 'amount', persoana: 'person',
  musteri: 'customer', cari: 'customer', adi: 'name', unvan: 'name', unvani: 'name', soyad: 'last name', soyadi: 'last name', sokak: 'street', ilce: 'city', sehir: 'city', ulke: 'country', vergi: 'tax', numara: 'number', numarasi: 'number',
  tarih: 'date', tarihi: 'date', tutar: 'amount', tutari: 'amount', toplam: 'total', borc: 'debit', alacak: 'credit', aciklama: 'description', vade: 'due', gun: 'days', fis: 'document', turu: 'type', tur: 'type', kodu: 'code', eposta: 'email', yetkili: 'contact', gorev: 'position', doviz: 'currency',
  muvekkil: 'customer', durum: 'status', notlar: 'note', avukat: 'lawyer', kdv: 'vat', siparis: 'order', islem: 'transaction', kart: 'card', chiusura: 'closed', ruolo: 'role', encerramento: 'closed', cadastro: 'created', apertura: 'opened', abertura: 'opened',
  leverans: 'delivery', kundnr: 'customer number', kontaktperson: 'contact', huvudkontakt: 'main contact', hovedkontakt: 'main contact', utdelningsadress: 'address', postadress: 'address', gatuadress: 'street', organisationsnummer: 'company number', orgnr: 'company number',
  betalningsvillkor: 'payment term', betalingsbetingelser: 'payment term', betalsatt: 'payment method', betalingsmade: 'payment method', momsnr: 'vat', momsregistreringsnummer: 'vat', cvr: 'company number', rolle: 'role', roll: 'role',
  yhteensa: 'total', veroton: 'net', verollinen: 'gross', asiakasnumero: 'customer number', nimike: 'description', viite: 'reference', ytunnus: 'company number',
  tokuisaki: 'customer', torihikisaki: 'customer', mei: 'name', sei: 'last name', jusho: 'address', denwa: 'phone', busho: 'department', tanto: 'contact', kingaku: 'amount', zeikomi: 'gross', zeinuki: 'net', hiduke: 'date', hizuke: 'date', tekiyo: 'description', nyukin: 'payment', hoho: 'method', kbn: 'type', kubun: 'type', seikyu: 'invoice', denpyo: 'document', bango: 'number', shu: 'main',
  zeme: 'country', dorucovaci: 'delivery', doklad: 'document', dokladu: 'document', druh: 'type', organizace: 'company', kd: 'customer', rg: 'invoice', mitgl: 'customer', pers: 'personal',
  krajina: 'country', lahiosoite: 'street', katuosoite: 'street', postitoimipaikka: 'city', maa: 'country', maksuaika: 'payment term', maksuehto: 'payment term', pv: 'days',
  personalnr: 'employee number', personalnummer: 'employee number', sags: 'matter', sag: 'matter', sagsnr: 'matter number', posicao: 'role', estagiario: 'assistant',
  arvopaiva: 'value date', maara: 'amount', selitys: 'description', arkistointitunnus: 'reference', kirjauspaiva: 'booking date', maksaja: 'payer', saaja: 'payee',
  ucet: 'account', uctu: 'account', nadrazeny: 'parent', pocatecni: 'opening', bankovni: 'bank', esercente: 'merchant', rifatturabile: 'billable',
  bizonylatszam: 'document number', bizonylat: 'document', szamlaszam: 'invoice number', szamla: 'invoice', tipus: 'type', kiallitas: 'issue', datuma: 'date',
  megjegyzes: 'note', vevo: 'customer', osszeg: 'amount', fizetesi: 'payment', hatarido: 'due date', nev: 'name', varos: 'city', iranyitoszam: 'postal', adoszam: 'vat',
  poststed: 'city', betalingsbetingelse: 'payment term', betalingsmetode: 'payment method', metode: 'method', nadrizena: 'parent', nadrizeny: 'parent',
  levering: 'delivery', leverings: 'delivery', leveringsby: 'delivery city', gemeente: 'city', uf: 'state', metodo: 'method', metod: 'method', betalningsmetod: 'payment method',
  marchand: 'merchant', commercant: 'merchant', estabelecimento: 'merchant', handler: 'merchant', projeto: 'matter', despesa: 'expense', cobravel: 'billable',
  henkilonumero: 'employee number', tehtavanimike: 'job title', tiimi: 'team', tila: 'status', laskutusluokka: 'billing grade', lisatiedot: 'notes', tuntikustannus: 'hourly cost',
  sprawy: 'matter', sygnatura: 'reference', wyslania: 'sent', tytul: 'title', tytulem: 'payment title', referencyjny: 'reference', zustatek: 'balance', spisova: 'file',
  toimitus: 'delivery', toimituksen: 'delivery', toimitusosoite: 'delivery address', toimitusmaa: 'delivery country', postinro: 'postal', moderbolag: 'parent company', morselskab: 'parent company', morselskap: 'parent company', emoyhtio: 'parent company',
  medlem: 'customer', medlems: 'customer', medlemmer: 'customer', medlemmar: 'customer', tenancy: 'customer', tenancies: 'customer',
  adh: 'customer', adherents: 'customer', abonado: 'customer', abonados: 'customer', abonne: 'customer', abonnes: 'customer', abonnent: 'customer', abonnenten: 'customer', condomino: 'customer', condomini: 'customer', coproprietaire: 'customer', copropietario: 'customer',
  klienten: 'customer', alunno: 'customer', alunni: 'customer', resident: 'customer', residente: 'customer', residentes: 'customer', bewohner: 'customer',
  pat: 'customer', patienten: 'customer', pacjent: 'customer', personeels: 'employee', personeel: 'employee', student: 'customer', students: 'customer', pupil: 'customer', eleve: 'customer', schuler: 'customer', alumno: 'customer', estudiante: 'customer', leerling: 'customer',
  tkpr: 'timekeeper', tk: 'timekeeper', project: 'matter', projet: 'matter', projekt: 'matter', proyecto: 'matter', projecto: 'matter',
  htva: 'net', htt: 'net', invoicing: 'billing', facturation: 'billing', fakturering: 'billing', facturacion: 'billing', fatturazione: 'billing',
};

/**
 * The lexicon and the words of {@link LANGUAGE_WORDS} it does not already have. Headers are also read
 * with it, so a word the lexicon lacks ("Fylke", "Kontoklasse") can meet an English name; the
 * target's own names are not, so two foreign names that differ stay apart ("Debitorennummer" is not
 * "Kundennummer" there, though both are customer numbers in a header).
 */
export const WIDE_LEXICON: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.values(LANGUAGE_WORDS).flatMap((words) =>
      words.split(' ').map((entry) => {
        const [word, meaning] = entry.split(':') as [string, string];
        return [word, meaning.replace('+', ' ')];
      }),
    ),
  ),
  ...LEXICON,
};

/** German compound endings split off a longer word: "Rechnungsdatum" is invoice + date. */
export const COMPOUND_ENDINGS = ['postnummer', 'postcode', 'plaats', 'soort', 'methode', 'metode', 'metod', 'adress', 'land', 'nummer', 'nr', 'datum', 'betrag', 'name', 'art', 'text', 'adresse', 'ort', 'satz', 'konto', 'status', 'typ', 'code', 'kennzeichen', 'zweck', 'partner', 'bezeichnung', 'schlussel', 'ziel', 'summe', 'steuer', 'wahrung', 'stelle', 'bedingung', 'kondition'];
