/** Reading a vCard 3.0 back as text (RFC 2426), for the unit and end-to-end tests of the press desks' cards. */

/** §2.6 unfolding: a line break followed by one space or tab is removed. */
export const unfold = (card: string) => card.replace(/\r\n[ \t]/g, '');

/** The logical lines of a card, without the final empty string after the last CRLF. */
export const logicalLines = (card: string) =>
  unfold(card)
    .split('\r\n')
    .filter((line) => line !== '');

/** The value of the first logical line with this property name (and any parameters). */
export function valueOf(card: string, property: string): string | undefined {
  const line = logicalLines(card).find((l) => l.startsWith(`${property}:`) || l.startsWith(`${property};`));
  return line?.slice(line.indexOf(':') + 1);
}

/** Undoes §4 text escaping. */
export const unescapeText = (value: string) =>
  value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** Splits a structured value (N, ORG) on unescaped semicolons. */
export const components = (value: string) => value.split(/(?<!\\);/).map(unescapeText);
