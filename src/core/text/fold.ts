/**
 * Folding for comparisons: the same word written with other case, accents,
 * punctuation or spacing folds to the same key. Display always keeps the
 * original text; only matching uses these keys.
 */

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** "Société  Générale" → "societe generale"; "N°_TVA" → "n tva". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    // Letters with no decomposition: Turkish dotless i, Polish ł, Nordic ø, Croatian đ.
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Like {@link fold} but with camelCase and snake_case split into words first: "customerID" → "customer id". */
export function foldWords(text: string): string {
  return fold(
    text
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\d)/gu, '$1 $2')
      .replace(/(\d)(\p{L})/gu, '$1 $2'),
  );
}

/** A key with no spaces at all, for exact comparisons ("E-mail" = "email"). */
export function compact(text: string): string {
  return fold(text).replace(/ /g, '');
}
