// @mixmark-io/domino (the DOM turndown itself parses with) declares its types under the name "domino".
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
