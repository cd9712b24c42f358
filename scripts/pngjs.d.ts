// The slice of pngjs the icon script and manifest tests use (the package ships no types; @types/pngjs is
// not installed), declared narrowly to keep `any` out.
declare module 'pngjs' {
  export class PNG {
    constructor(options: { width: number; height: number });
    width: number;
    height: number;
    data: Buffer;
    static sync: { write(png: PNG): Buffer; read(buffer: Buffer): PNG };
  }
}
