/** autocannon ships no types; the benchmark uses its programmatic API loosely. */
declare module 'autocannon' {
  // biome-ignore lint/suspicious/noExplicitAny: untyped third-party API
  const autocannon: (opts: Record<string, unknown>) => any;
  export default autocannon;
}
