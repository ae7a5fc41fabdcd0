// Services installed before the entry point became `src/main.js` name this file: it starts the same way
// (without the memory saving of main.js, since this file's own types are stripped first).
const entry = './main.js';
await import(entry);
