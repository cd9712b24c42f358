// A refusal the content owner can act on: the CLI prints the message and writes nothing.
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
