// An in-memory CliIo for tests.
import { readFileSync } from 'node:fs';
import type { CliIo } from './io.ts';

export interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

export function captureIo(stdin = '', files: Record<string, string> = {}): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    readFile: (path) => {
      if (path === '-') return Promise.resolve(stdin);
      const text = files[path];
      return text !== undefined ? Promise.resolve(text) : Promise.resolve(readFileSync(path, 'utf8'));
    },
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}
