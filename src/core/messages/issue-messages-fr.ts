import type { IssueCatalogue, MessageContext } from './types';

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const labels = (c: MessageContext, key: string) => (Array.isArray(c.params[key]) ? (c.params[key] as string[]).map(c.labelOf).join(', ') : '');
const lines = (c: MessageContext) => {
  const l = c.params['lines'];
  if (!Array.isArray(l)) return '';
  const shown = l.slice(0, 5).join(', ');
  return l.length > 5 ? `${shown} et ${l.length - 5} autres` : shown;
};

export const issueMessagesFr: IssueCatalogue = {
  'too-few-fields': (c) => `Cette ligne a ${c.params['found']} champs alors que l'en-tête en a ${c.params['expected']} ; les manquants sont lus vides. Vérifiez qu'aucune valeur n'est décalée.`,
  'too-many-fields': (c) => `Cette ligne a ${c.params['found']} champs alors que l'en-tête en a ${c.params['expected']} ; les valeurs en trop sont dans des colonnes sans en-tête. Associez-les ou cherchez un séparateur en trop.`,
  'malformed-quotes': () => 'Un guillemet de cette ligne n\'est jamais fermé (ou du texte suit un guillemet fermant). La ligne a été lue en prenant les guillemets tels quels ; vérifiez-la dans le fichier source.',
  required: () => 'Obligatoire : cette valeur est vide. Renseignez-la, associez une autre colonne ou fixez une valeur constante.',
  'excel-error-value': (c) => `« ${c.params['written']} » est une erreur de tableur, pas une valeur. Corrigez la formule dans le fichier source et exportez-le à nouveau.`,
  'multiple-values': () => 'Une seule valeur est permise ici, mais la cellule en contient plusieurs. Gardez-en une.',
  'too-long': (c) => `Trop long : ${c.params['length']} caractères pour ${c.params['maxLength']} au plus.`,
  'too-short': (c) => `Trop court : ${c.params['length']} caractères pour ${c.params['minLength']} au moins.`,
  'pattern-mismatch': (c) => (c.params['hint'] === undefined ? 'Cette valeur n\'a pas la forme attendue.' : `Attendu : ${c.params['hint']}.`),
  'not-a-number': () => 'Ce n\'est pas un nombre. Écrivez des chiffres, avec au plus un séparateur décimal (ex. 1234.50 ou 1 234,50).',
  'not-an-integer': () => 'Ce n\'est pas un nombre entier. Écrivez uniquement des chiffres (ex. 1042).',
  'not-whole': () => 'Ce nombre a une partie décimale, mais un entier est attendu.',
  'scientific-notation': () => 'Écrit en notation scientifique (ex. 1,23E+11) : le tableur a déjà perdu des chiffres, irrécupérables ici. Mettez la colonne au format Texte dans la source et exportez à nouveau.',
  'ambiguous-decimal': () => 'Peut être un séparateur de milliers ou une virgule décimale (ex. 1,234). Choisissez le séparateur décimal de la colonne à l\'étape d\'association.',
  'too-many-decimals': (c) => `Trop de chiffres après la virgule : ${c.params['maxScale']} au plus. Ferry n'arrondit jamais en silence.`,
  'below-minimum': (c) => `Doit valoir au moins ${c.params['min']}.`,
  'above-maximum': (c) => `Doit valoir au plus ${c.params['max']}.`,
  'leading-zeros-removed': (c) => `Les zéros en tête ont été retirés (« ${c.params['written']} » est écrit comme un nombre). S'ils comptent, ce champ n'a pas le bon type pour la colonne.`,
  'not-a-date': () => 'Date illisible. Écrivez-la sous la forme AAAA-MM-JJ (ex. 2024-05-01).',
  'ambiguous-date': (c) => `Peut être le ${c.params['asDmy']} (jour d'abord) ou le ${c.params['asMdy']} (mois d'abord). Choisissez l'ordre des dates de la colonne à l'étape d'association.`,
  'impossible-date': () => 'Cette date n\'existe pas (vérifiez le jour et le mois).',
  'implausible-year': (c) => `L'année ${c.params['year']} semble fausse ; vérifiez-la.`,
  'time-not-allowed': (c) => `Ce champ ne prend qu'une date ; l'heure ${c.params['time']} est retirée.`,
  'not-a-boolean': () => 'Ce n\'est pas oui/non. Écrivez oui ou non (ou true/false, 1/0, yes/no).',
  'not-an-email': () => 'Ce n\'est pas une adresse e-mail (attendu : nom@exemple.fr).',
  'email-display-name-removed': (c) => `Le nom « ${c.params['name']} » devant l'adresse a été retiré ; seule l'adresse est gardée.`,
  'not-a-phone': () => 'Cela ne ressemble pas à un numéro de téléphone ; vérifiez-le.',
  'not-allowed-value': (c) => `Ne fait pas partie des valeurs permises : ${list(c.params['allowed'])}. Faites la correspondance à l'étape d'association.`,
  'not-a-country': () => 'Pays non reconnu. Écrivez un code ISO (FR, DEU) ou le nom du pays.',
  'not-a-currency': () => 'Ce n\'est pas un code devise ISO 4217 (ex. EUR, USD, GBP).',
  'ambiguous-currency': () => 'Ce symbole sert à plusieurs devises. Écrivez le code ISO (ex. USD ou CAD pour $).',
  'invalid-tax-id': () => 'Identifiant fiscal invalide pour ce pays (vérifiez le format et le préfixe pays).',
  'tax-id-checksum': () => 'La clé de contrôle de cet identifiant fiscal ne correspond pas : un chiffre est sans doute mal saisi.',
  'not-json': (c) => (c.params['position'] === undefined ? 'JSON invalide.' : `JSON invalide (erreur au caractère ${c.params['position']}).`),
  'json-not-object': () => 'Doit être un objet JSON, comme {"cle": "valeur"}.',
  'not-days': () => 'Ce n\'est pas un nombre de jours (ex. 30, « 30 jours » ou « Net 30 »).',
  'not-a-duration': () => 'Ce n\'est pas une durée (ex. 1:30, 1h30, 90 min, 1,5 heure).',
  'product-mismatch': (c) => `Doit valoir ${labels(c, 'factors').replace(/, /g, ' × ')} = ${c.params['expected']}.`,
  'require-one-of': (c) => `Au moins un de ces champs est obligatoire : ${list((c.params['groups'] as string[] | undefined)?.map((g) => g.split('+').map(c.labelOf).join(' + ')))}.`,
  'all-or-none': (c) => `Renseignez tous les champs ${labels(c, 'fields')} ou aucun ; manquants : ${labels(c, 'missing')}.`,
  'only-with': (c) => `${c.field ?? ''} ne peut être donné qu'avec ${labels(c, 'requires')} ; manquants : ${labels(c, 'missing')}.`,
  'mutually-exclusive': (c) => `Un seul des champs ${labels(c, 'fields')} peut être renseigné.`,
  'required-if': (c) => `Obligatoire quand ${c.labelOf(String(c.params['field']))} vaut ${c.params['value']} : ${labels(c, 'missing')}.`,
  'derived-from-sign': (c) => `Fixé à ${c.params['value']} d'après le signe du montant ${c.params['amount']} ; le montant est écrit sans signe.`,
  'sign-removed': (c) => `Le signe moins de ${c.params['amount']} correspond à ${c.params['value']} et a été retiré : les montants sont écrits sans signe.`,
  'derived-from-split': (c) => `Fixé à ${c.params['value']} car le montant vient de ${c.labelOf(String(c.params['column']))}.`,
  'split-amount-conflict': (c) => `${labels(c, 'fields')} contiennent tous deux un montant ; un seul le peut. Scindez la ligne ou videz-en un.`,
  duplicate: (c) => `Doit être unique, mais figure aussi ligne ${lines(c)}.`,
  'unknown-reference': (c) => `Aucune ligne de ce fichier n'a ce ${c.labelOf(String(c.params['field']))}.`,
  'ambiguous-identity': (c) => `Même nom qu'à la ligne ${lines(c)} et pas de ${c.labelOf(String(c.params['unless']))} pour les distinguer. Ajoutez des identifiants ou fusionnez les lignes.`,
  'one-per-group': (c) => `Une autre ligne du même client est aussi marquée (ligne ${lines(c)}) ; seule la dernière comptera.`,
};
