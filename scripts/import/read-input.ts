// Finds the files to import (one file, or the supported files in a folder) and reads them,
// refusing an over-size file by its size on disk before a byte of it is read.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkType, SUPPORTED_EXTENSIONS, type DocumentType } from './detect-type.ts';
import { ImportError } from './import-error.ts';

export interface InputFile {
  path: string;
  name: string;
  type: DocumentType;
  bytes: Buffer;
}

export function listInputs(path: string): string[] {
  if (!existsSync(path)) throw new ImportError(`${path}: no such file or folder.`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path)
    .sort()
    .filter((f) => !f.startsWith('.') && !f.startsWith('~$') && SUPPORTED_EXTENSIONS.includes(extname(f).toLowerCase()))
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
  if (files.length === 0) throw new ImportError(`${path}: no .docx, .pdf or .html files in this folder.`);
  return files;
}

export function readInput(path: string, maxBytes: number): InputFile {
  const name = basename(path);
  const size = statSync(path).size;
  if (size > maxBytes) {
    throw new ImportError(
      `${name}: ${formatSize(size)} is over the ${formatSize(maxBytes)} limit. Split the document, or raise the limit with --max-mb if it really is one procedure.`,
    );
  }
  if (size === 0) throw new ImportError(`${name}: the file is empty.`);
  const type = checkType(name, readHead(path));
  return { path, name, type, bytes: readFileSync(path) };
}

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
