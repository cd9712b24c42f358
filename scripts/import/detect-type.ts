// Tells a Word document, a PDF and a saved web page apart by their first bytes, never by the file name,
// and refuses a file whose extension claims something else.
import { extname } from 'node:path';
import { ImportError } from './import-error.ts';

export type DocumentType = 'docx' | 'pdf' | 'html';

const EXPECTED: Record<string, DocumentType> = { '.docx': 'docx', '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.xhtml': 'html' };
export const SUPPORTED_EXTENSIONS = Object.keys(EXPECTED);

const DESCRIPTION: Record<DocumentType, string> = { docx: 'a Word document', pdf: 'a PDF', html: 'a web page' };

export function detectType(head: Uint8Array): DocumentType | 'old-word' | 'unknown' {
  const ascii = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (ascii.startsWith('PK\x03\x04')) return 'docx';
  // Compound File Binary: a Word 97-2003 .doc, or a password-protected .docx (Word wraps those in it).
  if (ascii.startsWith('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1')) return 'old-word';
  if (head.subarray(0, 1024).includes(0)) return 'unknown';
  const text = ascii.replace(/^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(text)) return 'html';
  return 'unknown';
}

/** The type to convert the file as, or a refusal that says what the file really is. */
export function checkType(fileName: string, head: Uint8Array): DocumentType {
  const detected = detectType(head);
  const ext = extname(fileName).toLowerCase();
  if (detected === 'old-word') {
    throw new ImportError(`${fileName}: this is an old Word .doc file or a password-protected Word document. Open it in Word, remove any password and save it as .docx, then import that.`);
  }
  if (detected === 'unknown') {
    throw new ImportError(`${fileName}: this is not a Word document (.docx), a PDF or a saved web page (.html), whatever its name says, so it cannot be imported.`);
  }
  const claimed = EXPECTED[ext];
  if (claimed && claimed !== detected) {
    throw new ImportError(`${fileName}: the name says ${DESCRIPTION[claimed]} (${ext}) but the file is ${DESCRIPTION[detected]}. Check it is the file you meant, and rename it if so.`);
  }
  return detected;
}
