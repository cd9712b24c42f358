// What each converter hands on: HTML for the one Markdown step, and what it noticed on the way.
export interface ConvertedDocument {
  html: string;
  /** The document's own title, when it names one (metadata, a Title style, <title>). */
  title?: string;
  /** The page's canonical address, when a saved web page names one. */
  sourceUrl?: string;
  /** Images found and left out (the Markdown step adds the ones it drops). */
  imagesDropped: number;
  /** Things a person must look at, in the converter's words (e.g. scanned pages). */
  needsHuman: string[];
}
