import type { IntakeProblem } from '../session/intake';
import type { MatchReason } from '../mapping/auto-map';
import type { Locale } from './types';
import type { LooksLike } from '../schema/target';

const pct = (share: number) => `${Math.round(share * 100)}%`;

const CONTENT_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    email: 'e-mail addresses', date: 'dates', decimal: 'amounts', 'decimal:percent': 'rates', integer: 'whole numbers', boolean: 'yes/no values', phone: 'phone numbers', enum: 'allowed values of this field',
    country: 'countries', currency: 'currency codes', taxId: 'tax identifiers', json: 'JSON objects', days: 'numbers of days', duration: 'durations', names: "names (the rows' only link to the customer)",
    ...({ 'company-name': 'company names', 'postal-code': 'postal codes', 'street-address': 'street addresses', honorific: 'name titles (Mr, Ms, Dr)', 'given-name': 'given names', 'family-name': 'single names rather than full names', 'payment-method': 'payment methods', 'processor-payment-id': 'payment ids of a payment processor', 'processor-customer-id': 'customer ids of a payment processor', region: 'states or provinces', 'company-number': 'company registration numbers', 'document-number': 'invoice or order numbers', locality: 'place names', salutation: 'letter openings (Dear …)', iban: 'IBANs', bic: 'bank identifier codes (BIC)' } satisfies Record<LooksLike, string>),
  },
  fr: {
    email: 'adresses e-mail', date: 'dates', decimal: 'montants', 'decimal:percent': 'taux', integer: 'nombres entiers', boolean: 'valeurs oui/non', phone: 'numéros de téléphone', enum: 'valeurs permises de ce champ',
    country: 'pays', currency: 'codes devise', taxId: 'identifiants fiscaux', json: 'objets JSON', days: 'nombres de jours', duration: 'durées', names: 'noms (seul lien des lignes vers le client)',
    ...({ 'company-name': 'noms de société', 'postal-code': 'codes postaux', 'street-address': 'adresses', honorific: 'civilités (M., Mme, Dr)', 'given-name': 'prénoms', 'family-name': 'noms seuls plutôt que noms complets', 'payment-method': 'moyens de paiement', 'processor-payment-id': "identifiants de paiement d'un prestataire de paiement", 'processor-customer-id': "identifiants client d'un prestataire de paiement", region: 'États ou provinces', 'company-number': "numéros d'immatriculation de société", 'document-number': 'numéros de facture ou de commande', locality: 'noms de lieux', salutation: 'formules d\'appel (Madame, …)', iban: 'IBAN', bic: 'codes BIC' } satisfies Record<LooksLike, string>),
  },
};

/** Why a column was proposed for a field, in words. */
export function reasonMessage(reason: MatchReason, fieldLabel: string, locale: Locale): string {
  const en = locale === 'en';
  switch (reason.kind) {
    case 'header-is-label':
      return en ? `header "${reason.header}" is the field's name` : `l'en-tête « ${reason.header} » est le nom du champ`;
    case 'header-is-alias':
      return en ? `header "${reason.header}" is a synonym of ${fieldLabel}` : `l'en-tête « ${reason.header} » est un synonyme de ${fieldLabel}`;
    case 'header-similar':
      return en ? `header "${reason.header}" resembles "${reason.name}"` : `l'en-tête « ${reason.header} » ressemble à « ${reason.name} »`;
    case 'content':
      // Ids read by their prefix ("prefix:INV"): what they start with is the evidence, not a share.
      if (reason.content.startsWith('prefix:')) {
        const prefix = reason.content.slice('prefix:'.length);
        return en ? `column holds ids that start with "${prefix}"` : `la colonne contient des identifiants qui commencent par « ${prefix} »`;
      }
      return en ? `column holds ${pct(reason.share)} ${CONTENT_WORDS.en[reason.content] ?? reason.content}` : `la colonne contient ${pct(reason.share)} de ${CONTENT_WORDS.fr[reason.content] ?? reason.content}`;
    case 'content-contradicts':
      return en
        ? `but only ${pct(reason.share)} of its values are ${CONTENT_WORDS.en[reason.content] ?? reason.content}`
        : `mais seulement ${pct(reason.share)} de ses valeurs sont des ${CONTENT_WORDS.fr[reason.content] ?? reason.content}`;
    case 'profile':
      return en ? `you matched header "${reason.header}" to this field in profile "${reason.profile}"` : `vous avez associé l'en-tête « ${reason.header} » à ce champ dans le profil « ${reason.profile} »`;
    case 'leading-id':
      return en ? `header "${reason.header}" heads the file and no value repeats: the records' own ids` : `l'en-tête « ${reason.header} » ouvre le fichier et aucune valeur ne se répète : les identifiants des enregistrements`;
    case 'points-to':
      return en ? `the values of "${reason.header}" are the "${reason.to}" of other rows` : `les valeurs de « ${reason.header} » sont les « ${reason.to} » d'autres lignes`;
    case 'first-block':
      return en ? `"${reason.header}" is in the file's first address block, which is address 1` : `« ${reason.header} » fait partie du premier bloc d'adresse du fichier, qui est l'adresse 1`;
    case 'code-of':
      return en
        ? `"${reason.header}" holds one code per name of "${reason.of}": the ids of what the names name, rather than the names`
        : `« ${reason.header} » contient un code par nom de « ${reason.of} » : les identifiants de ce que les noms désignent, plutôt que les noms`;
    case 'product':
      return en
        ? `the values of "${reason.header}" are "${reason.factors[0]}" × "${reason.factors[1]}", row by row`
        : `les valeurs de « ${reason.header} » sont « ${reason.factors[0]} » × « ${reason.factors[1]} », ligne par ligne`;
    case 'factor':
      return en
        ? `"${reason.header}" × "${reason.other}" gives "${reason.product}", row by row`
        : `« ${reason.header} » × « ${reason.other} » donne « ${reason.product} », ligne par ligne`;
    case 'tax-rate': {
      const rates = reason.rates.map((r) => (en ? `${r}%` : `${String(r).replace('.', ',')} %`)).join(en ? ' or ' : ' ou ');
      return en ? `"${reason.header}" is ${rates} of "${reason.base}", row by row: a tax` : `« ${reason.header} » vaut ${rates} de « ${reason.base} », ligne par ligne : une taxe`;
    }
    case 'taxed':
      return en ? `"${reason.tax}" is a tax on "${reason.header}", row by row: the amount before tax` : `« ${reason.tax} » est une taxe sur « ${reason.header} », ligne par ligne : le montant hors taxe`;
    case 'gross': {
      const parts = reason.parts.map((p) => (en ? `"${p}"` : `« ${p} »`)).join(' + ');
      return en ? `"${reason.header}" is ${parts}, row by row: the amount after tax` : `« ${reason.header} » vaut ${parts}, ligne par ligne : le montant toutes taxes comprises`;
    }
    case 'leads':
      return en ? `"${reason.header}" is the file's first column of codes, all different: the list leads with its records' numbers` : `« ${reason.header} » est la première colonne de codes du fichier, tous différents : une liste commence par les numéros de ses enregistrements`;
    case 'rate':
      return en
        ? `"${reason.header}" is 1 on the rows in the file's main currency of "${reason.currency}" and another number on the others: an exchange rate`
        : `« ${reason.header} » vaut 1 sur les lignes dans la devise principale de « ${reason.currency} » et un autre nombre sur les autres : un taux de change`;
    case 'remainder':
      return en
        ? `"${reason.header}" is never more than "${reason.of}" and the same on some rows, row by row: what is left to pay`
        : `« ${reason.header} » ne dépasse jamais « ${reason.of} » et l'égale sur certaines lignes : le reste à payer`;
    case 'later':
      return en ? `the dates of "${reason.header}" come on or after those of "${reason.than}", row by row: the later date` : `les dates de « ${reason.header} » tombent le même jour que celles de « ${reason.than} » ou après, ligne par ligne : la date la plus tardive`;
    case 'earlier':
      return en ? `the dates of "${reason.header}" come on or before those of "${reason.than}", row by row: the earlier date` : `les dates de « ${reason.header} » tombent le même jour que celles de « ${reason.than} » ou avant, ligne par ligne : la date la plus précoce`;
    case 'net':
      return en
        ? `"${reason.header}" plus the tax "${reason.tax}" is "${reason.gross}", row by row: the amount before tax`
        : `« ${reason.header} » plus la taxe « ${reason.tax} » donne « ${reason.gross} », ligne par ligne : le montant hors taxes`;
    case 'side':
      return en
        ? `"${reason.header}" and "${reason.other}" hold amounts on different rows: the left one is the debit, the right one the credit`
        : `« ${reason.header} » et « ${reason.other} » portent des montants sur des lignes différentes : celle de gauche est le débit, celle de droite le crédit`;
    case 'follows-side':
      return en ? `the values of "${reason.header}" change with the side the amount is on` : `les valeurs de « ${reason.header} » changent avec le côté où est le montant`;
    case 'across-sides':
      return en
        ? `the names in "${reason.header}" come back on charge and payment rows alike: whom the entries are with`
        : `les noms de « ${reason.header} » reviennent sur les lignes de débit comme de crédit : avec qui sont les écritures`;
    case 'fills-side':
      return en ? `"${reason.header}" is filled on the rows where "${reason.side}" is` : `« ${reason.header} » est rempli sur les lignes où « ${reason.side} » l'est`;
    case 'on-entries':
      if (reason.side === 'debit') {
        return en
          ? `"${reason.header}" is filled on the charge rows only (those with a tax, or the first)`
          : `« ${reason.header} » n'est rempli que sur les lignes de facturation (celles qui ont une taxe, ou la première)`;
      }
      return en ? `"${reason.header}" is filled on the payment rows only` : `« ${reason.header} » n'est rempli que sur les lignes de paiement`;
    case 'every-entry':
      return en ? `"${reason.header}" is the first column of amounts filled on every row, charges and payments alike` : `« ${reason.header} » est la première colonne de montants remplie sur chaque ligne, facturations comme paiements`;
    case 'staff':
      return en
        ? `the same few addresses in "${reason.header}" come back across the rows: the firm's own people`
        : `les mêmes quelques adresses de « ${reason.header} » reviennent d'une ligne à l'autre : les collaborateurs de l'entreprise`;
    case 'groups-rows':
      return en
        ? `no column is named for it, and the same values of "${reason.header}" come back on several rows: whom the entries are with`
        : `aucune colonne ne porte son nom, et les mêmes valeurs de « ${reason.header} » reviennent sur plusieurs lignes : avec qui sont les écritures`;
    case 'lone-id':
      return en
        ? `"${reason.header}" holds the file's only ids: the record's id, which is required, rather than ${reason.number}`
        : `« ${reason.header} » contient les seuls identifiants du fichier : l'identifiant de l'enregistrement, obligatoire, plutôt que ${reason.number}`;
    case 'profile-constant':
      return en
        ? `no column feeds this field; you gave it "${reason.value}" for every row in profile "${reason.profile}"`
        : `aucune colonne n'alimente ce champ ; vous lui avez donné « ${reason.value} » pour toutes les lignes dans le profil « ${reason.profile} »`;
  }
}

/** Why a file could not be read, and what to do, in words. */
export function intakeProblemMessage(problem: IntakeProblem, locale: Locale): string {
  const en = locale === 'en';
  switch (problem.kind) {
    case 'empty-file':
      return en ? 'The file is empty (0 bytes). Export the data again from the old system.' : 'Le fichier est vide (0 octet). Exportez à nouveau les données depuis l\'ancien système.';
    case 'binary-file':
      return en
        ? 'This is not a text file: it holds binary data. Choose a CSV, TSV, TXT or XLSX export.'
        : 'Ce n\'est pas un fichier texte : il contient des données binaires. Choisissez un export CSV, TSV, TXT ou XLSX.';
    case 'pdf-file':
      return en ? 'This is a PDF document, not a data file. Export the data as CSV or XLSX instead.' : 'C\'est un document PDF, pas un fichier de données. Exportez les données en CSV ou XLSX.';
    case 'compressed-file':
      return en ? 'This is a compressed archive, not a spreadsheet. Unzip it and choose the CSV or XLSX inside.' : 'C\'est une archive compressée, pas un tableur. Décompressez-la et choisissez le CSV ou XLSX qu\'elle contient.';
    case 'legacy-excel':
      return en
        ? 'Old Excel 97–2003 (.xls) and password-protected workbooks cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV (without a password).'
        : 'Les anciens classeurs Excel 97–2003 (.xls) et les classeurs protégés par mot de passe ne sont pas lisibles. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou CSV (sans mot de passe).';
    case 'no-sheets':
      return en ? 'This workbook has no worksheet with data.' : 'Ce classeur n\'a aucune feuille de données.';
    case 'cancelled':
      return en ? 'Reading was cancelled.' : 'La lecture a été annulée.';
    case 'invalid-encoding':
      return en
        ? `The file is not valid ${problem.encoding} (byte ${problem.byteOffset}). Choose another encoding, such as Windows-1252.`
        : `Le fichier n'est pas en ${problem.encoding} valide (octet ${problem.byteOffset}). Choisissez un autre encodage, par exemple Windows-1252.`;
    case 'xlsx': {
      const p = problem.problem;
      switch (p.kind) {
        case 'encrypted':
          return en ? 'This workbook is encrypted. Save a copy without a password and try again.' : 'Ce classeur est chiffré. Enregistrez une copie sans mot de passe et réessayez.';
        case 'too-many-entries':
        case 'entry-too-large':
        case 'suspicious-ratio':
          return en
            ? 'This workbook is refused: it would expand to far more data than it holds (a ZIP bomb or a damaged file). Re-save it from Excel.'
            : 'Ce classeur est refusé : il se décompresserait en bien plus de données qu\'il n\'en contient (bombe ZIP ou fichier abîmé). Réenregistrez-le depuis Excel.';
        case 'not-a-workbook':
        case 'not-a-zip':
          return en ? 'This ZIP file is not an Excel workbook (.xlsx).' : 'Ce fichier ZIP n\'est pas un classeur Excel (.xlsx).';
        case 'sheet-missing':
          return en ? `The workbook has no sheet named "${p.sheet}".` : `Le classeur n'a pas de feuille nommée « ${p.sheet} ».`;
        case 'cell-out-of-range':
          return en ? `Sheet "${p.sheet}" has a cell beyond Excel's limits (${p.ref}); the file is damaged.` : `La feuille « ${p.sheet} » a une cellule hors des limites d'Excel (${p.ref}) ; le fichier est abîmé.`;
      }
    }
  }
}
