import readline from 'node:readline';
import { Writable } from 'node:stream';

/** Asks for a secret on the terminal without echoing it; reads one line from a pipe otherwise. */
export function promptSecret(question: string): Promise<string> {
  process.stdout.write(question);
  // readline echoes what is typed to its output; giving it a silent output hides the secret.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: silent, terminal: process.stdin.isTTY });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
